using BpoCloud.Domain.Roster;

namespace BpoCloud.Grains.Scheduling;

/// <summary>Who works for which brand, in which role, when. Start and end are UTC instants.</summary>
[GenerateSerializer, Alias("bpo.ShiftDraft"), Immutable]
public sealed record ShiftDraft(
    [property: Id(0)] string AgentId,
    [property: Id(1)] string BrandId,
    [property: Id(2)] string? StoreId,
    [property: Id(3)] ServiceRole Role,
    [property: Id(4)] DateTimeOffset Start,
    [property: Id(5)] DateTimeOffset End,
    [property: Id(6)] IReadOnlyList<ShiftBreak> Breaks);
