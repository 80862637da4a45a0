using BpoCloud.Domain.Roster;

namespace BpoCloud.Grains.Roster;

/// <summary>The fields a person sets on an agent. Certifications are the brand ids the agent may serve.</summary>
[GenerateSerializer, Alias("bpo.AgentDraft"), Immutable]
public sealed record AgentDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] string EmployeeNumber,
    [property: Id(2)] ContractType ContractType,
    [property: Id(3)] decimal HourlyCost,
    [property: Id(4)] IReadOnlyList<AgentSkill> Skills,
    [property: Id(5)] IReadOnlyList<string> Languages,
    [property: Id(6)] IReadOnlyList<string> Certifications,
    [property: Id(7)] string? TeamLeadId,
    [property: Id(8)] AgentStatus Status);
