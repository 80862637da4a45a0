using System.Globalization;

namespace BpoCloud.Domain.Tests.Service;

/// <summary>Brand-local Shanghai times for tests, so examples read like the worked examples in docs/metrics.md.</summary>
internal static class Time
{
    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    /// <summary>The Monday every example happens on unless it names a date.</summary>
    public static readonly DateOnly Monday = new(2025, 3, 3);

    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.fff"];
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.fff"];

    /// <summary>"10:00:05.250" is that time on <see cref="Monday"/>; "2025-03-05 10:00" names its own date.</summary>
    public static DateTimeOffset At(string localTime)
    {
        var local = localTime.Contains('-', StringComparison.Ordinal)
            ? DateTime.ParseExact(localTime, DateTimeFormats, CultureInfo.InvariantCulture)
            : Monday.ToDateTime(TimeOnly.FromDateTime(DateTime.ParseExact(localTime, TimeFormats, CultureInfo.InvariantCulture)));
        return new DateTimeOffset(local, Shanghai);
    }
}
