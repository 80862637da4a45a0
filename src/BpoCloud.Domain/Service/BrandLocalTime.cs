namespace BpoCloud.Domain.Service;

/// <summary>
/// Buckets instants into the brand-local hour and day that KPIs are reported by. Instants stay UTC everywhere else;
/// only this conversion knows the brand's time zone.
/// </summary>
public static class BrandLocalTime
{
    /// <summary>
    /// The start of the local hour containing <paramref name="instant"/>, with the offset in force then. Keeping the
    /// offset keeps the two 02:00 hours of a DST fall-back night apart.
    /// </summary>
    public static DateTimeOffset HourOf(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, local.Offset);
    }

    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
