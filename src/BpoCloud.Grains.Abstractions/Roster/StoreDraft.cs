using BpoCloud.Domain.Roster;

namespace BpoCloud.Grains.Roster;

/// <summary>The fields a person sets on a store.</summary>
[GenerateSerializer, Alias("bpo.StoreDraft"), Immutable]
public sealed record StoreDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] StorePlatform Platform,
    [property: Id(2)] IReadOnlyList<OpeningHours>? ServiceHours);
