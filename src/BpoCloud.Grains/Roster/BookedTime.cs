namespace BpoCloud.Grains.Roster;

/// <summary>The time one shift takes from an agent.</summary>
[GenerateSerializer, Alias("bpo.BookedTime"), Immutable]
public sealed record BookedTime(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] DateTimeOffset End);
