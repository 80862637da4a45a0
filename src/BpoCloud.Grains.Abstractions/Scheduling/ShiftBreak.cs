namespace BpoCloud.Grains.Scheduling;

/// <summary>An unpaid break inside a shift (UTC instants).</summary>
[GenerateSerializer, Alias("bpo.ShiftBreak"), Immutable]
public sealed record ShiftBreak(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] DateTimeOffset End);
