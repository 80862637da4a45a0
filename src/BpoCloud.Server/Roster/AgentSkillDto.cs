using BpoCloud.Domain.Roster;

namespace BpoCloud.Server.Roster;

/// <summary>A skill as the API sends it: a role and a level 1..5.</summary>
public sealed record AgentSkillDto(ServiceRole? Role, int? Level);
