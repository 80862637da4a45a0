using BpoCloud.Domain.Billing;
using BpoCloud.Domain.Roster;
using BpoCloud.Grains.Roster;

namespace BpoCloud.Server.Roster;

/// <summary>An agent as firm staff see it (hourly cost included: brand users never reach this resource).</summary>
public sealed record AgentResponse(
    string Id,
    string Name,
    string EmployeeNumber,
    ContractType ContractType,
    decimal HourlyCost,
    IReadOnlyList<AgentSkill> Skills,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Certifications,
    string? TeamLeadId,
    AgentStatus Status,
    string Currency,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static AgentResponse From(AgentInfo a)
    {
        var d = a.Details;
        return new(a.Id, d.Name, d.EmployeeNumber, d.ContractType, d.HourlyCost, d.Skills, d.Languages, d.Certifications, d.TeamLeadId, d.Status,
            Money.FirmCurrency, a.Version, a.CreatedAt, a.UpdatedAt);
    }
}
