using BpoCloud.Domain.Billing;
using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;
using BpoCloud.Grains.Roster;

namespace BpoCloud.Server.Roster;

/// <summary>Body of POST/PUT /agents.</summary>
public sealed record AgentRequest(
    string? Name,
    string? EmployeeNumber,
    ContractType? ContractType,
    decimal? HourlyCost,
    IReadOnlyList<AgentSkillDto>? Skills,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? Certifications,
    string? TeamLeadId,
    AgentStatus? Status) : IValidatableRequest
{
    public const decimal MaxHourlyCost = 10_000m;

    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("name", Name, 200);
        errors.RequireText("employeeNumber", EmployeeNumber, 32);
        if (EmployeeNumber is not null && !EmployeeNumber.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add("employeeNumber", "may contain only letters, digits, '-' and '_'.");
        }
        errors.RequireDefined("contractType", ContractType);
        if (HourlyCost is null)
        {
            errors.Add("hourlyCost", "is required.");
        }
        else if (HourlyCost < 0 || HourlyCost > MaxHourlyCost || decimal.Round(HourlyCost.Value, 2) != HourlyCost)
        {
            errors.Add("hourlyCost", $"must be between 0 and {MaxHourlyCost} with at most two decimals.");
        }
        ValidateSkills(errors);
        ValidateList(errors, "languages", Languages, 16, s => s.All(c => char.IsAsciiLetter(c) || c == '-'));
        ValidateList(errors, "certifications", Certifications, EntityIds.MaxLength, EntityIds.IsWellFormed);
        if (TeamLeadId is not null && !EntityIds.IsWellFormed(TeamLeadId))
        {
            errors.Add("teamLeadId", "is not a valid agent id.");
        }
        if (Status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("status", "is not one of the allowed values.");
        }
    }

    private void ValidateSkills(ValidationErrors errors)
    {
        if (Skills is null)
        {
            return;
        }
        for (var i = 0; i < Skills.Count; i++)
        {
            errors.RequireDefined($"skills[{i}].role", Skills[i]?.Role);
            if (Skills[i]?.Level is not (>= 1 and <= 5))
            {
                errors.Add($"skills[{i}].level", "must be between 1 and 5.");
            }
        }
        if (Skills.Where(s => s?.Role is not null).GroupBy(s => s.Role).Any(g => g.Count() > 1))
        {
            errors.Add("skills", "must list each role once.");
        }
    }

    private static void ValidateList(ValidationErrors errors, string field, IReadOnlyList<string>? items, int maxLength, Func<string, bool> wellFormed)
    {
        if (items is null)
        {
            return;
        }
        if (items.Count > 50)
        {
            errors.Add(field, "may have at most 50 entries.");
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]) || items[i].Length > maxLength || !wellFormed(items[i]))
            {
                errors.Add($"{field}[{i}]", "is not valid.");
            }
        }
    }

    public AgentDraft ToDraft() => new(
        Name!.Trim(),
        EmployeeNumber!,
        ContractType!.Value,
        Money.Round(HourlyCost!.Value),
        [.. (Skills ?? []).Select(s => new AgentSkill(s.Role!.Value, s.Level!.Value))],
        [.. (Languages ?? []).Distinct(StringComparer.OrdinalIgnoreCase)],
        [.. (Certifications ?? []).Distinct(StringComparer.Ordinal)],
        TeamLeadId,
        Status ?? AgentStatus.Active);
}
