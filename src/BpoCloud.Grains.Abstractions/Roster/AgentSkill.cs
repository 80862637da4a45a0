using BpoCloud.Domain.Roster;

namespace BpoCloud.Grains.Roster;

/// <summary>How well an agent serves one role, 1 (trainee) to 5 (expert).</summary>
[GenerateSerializer, Alias("bpo.AgentSkill"), Immutable]
public sealed record AgentSkill(
    [property: Id(0)] ServiceRole Role,
    [property: Id(1)] int Level);
