namespace BpoCloud.Domain.Service;

/// <summary>Durations as decimal seconds: events carry milliseconds, and a double would not add up exactly in SQL.</summary>
internal static class Durations
{
    public static decimal SecondsBetween(DateTimeOffset from, DateTimeOffset to) =>
        (decimal)(to.UtcTicks - from.UtcTicks) / TimeSpan.TicksPerSecond;
}
