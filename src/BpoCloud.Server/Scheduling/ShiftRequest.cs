using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Scheduling;
using BpoCloud.Grains.Scheduling;

namespace BpoCloud.Server.Scheduling;

/// <summary>
/// Body of POST/PUT /shifts. Status is not set here: a new shift is planned, and lifecycle moves go
/// through PATCH so each one is checked. A PUT may repeat the current status but not change it.
/// </summary>
public sealed record ShiftRequest(
    string? AgentId,
    string? BrandId,
    string? StoreId,
    ServiceRole? Role,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    IReadOnlyList<ShiftBreakDto>? Breaks,
    ShiftStatus? Status) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        RequireId(errors, "agentId", AgentId);
        RequireId(errors, "brandId", BrandId);
        if (StoreId is not null && !EntityIds.IsWellFormed(StoreId))
        {
            errors.Add("storeId", "is not a valid store id.");
        }
        errors.RequireDefined("role", Role);
        var breaks = new List<TimeRange>();
        for (var i = 0; i < (Breaks?.Count ?? 0); i++)
        {
            var b = Breaks![i];
            if (b?.Start is null || b.End is null)
            {
                errors.Add($"breaks[{i}]", "needs a start and an end.");
                continue;
            }
            breaks.Add(new TimeRange(b.Start.Value, b.End.Value));
        }
        ShiftRules.Validate(errors, Start, End, breaks);
    }

    private static void RequireId(ValidationErrors errors, string field, string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            errors.Add(field, "is required.");
        }
        else if (!EntityIds.IsWellFormed(id))
        {
            errors.Add(field, "is not a valid id.");
        }
    }

    public ShiftDraft ToDraft() => new(
        AgentId!,
        BrandId!,
        StoreId,
        Role!.Value,
        Start!.Value.ToUniversalTime(),
        End!.Value.ToUniversalTime(),
        [.. (Breaks ?? []).Select(b => new ShiftBreak(b.Start!.Value.ToUniversalTime(), b.End!.Value.ToUniversalTime())).OrderBy(b => b.Start)]);
}
