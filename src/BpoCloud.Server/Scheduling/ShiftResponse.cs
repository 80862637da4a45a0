using BpoCloud.Domain.Billing;
using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Scheduling;
using BpoCloud.Grains.Scheduling;

namespace BpoCloud.Server.Scheduling;

/// <summary>A shift as firm staff see it; paid hours and cost feed schedules and margins.</summary>
public sealed record ShiftResponse(
    string Id,
    string AgentId,
    string BrandId,
    string? StoreId,
    ServiceRole Role,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<ShiftBreak> Breaks,
    ShiftStatus Status,
    decimal PaidHours,
    decimal Cost,
    string Currency,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ShiftResponse From(ShiftInfo s)
    {
        var d = s.Details;
        return new(s.Id, d.AgentId, d.BrandId, d.StoreId, d.Role, d.Start, d.End, d.Breaks, s.Status, s.PaidHours, s.Cost,
            Money.FirmCurrency, s.Version, s.CreatedAt, s.UpdatedAt);
    }
}
