using BpoCloud.Domain.Scheduling;

namespace BpoCloud.Grains.Scheduling;

/// <summary>
/// A shift as stored. PaidHours (shift minus breaks) and Cost (paid hours × the agent's hourly cost at
/// assignment) are kept on the shift so schedules and margins read them without recomputing.
/// </summary>
[GenerateSerializer, Alias("bpo.ShiftInfo"), Immutable]
public sealed record ShiftInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] ShiftDraft Details,
    [property: Id(2)] ShiftStatus Status,
    [property: Id(3)] decimal PaidHours,
    [property: Id(4)] decimal Cost,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset UpdatedAt);
