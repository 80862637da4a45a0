using BpoCloud.Domain.Service;
using BpoCloud.Storage.Service;

namespace BpoCloud.Server.Service;

/// <summary>
/// Builds totals and series from summed hours. Every step of the window appears, empty ones included, so charts
/// need no gap-filling; an empty step has zero counts and null rates. Hours are walked in UTC and named in brand
/// time, so a day with a clock change simply has 23 or 25 hours.
/// </summary>
public static class KpiSeries
{
    public static IReadOnlyList<KpiPoint> Build(IReadOnlyList<KpiBucket> hours, DateOnly from, DateOnly to, KpiGranularity granularity, TimeZoneInfo zone)
    {
        var start = LocalMidnight(from, zone);
        return granularity switch
        {
            KpiGranularity.Total => [KpiPoint.From(start, KpiCounters.Sum(hours.Select(h => h.Counters)))],
            KpiGranularity.Day => [.. Days(from, to).Select(day => KpiPoint.From(LocalMidnight(day, zone),
                KpiCounters.Sum(hours.Where(h => h.LocalDate == day).Select(h => h.Counters))))],
            _ => Hours(hours, start, LocalMidnight(to.AddDays(1), zone), zone),
        };
    }

    private static List<KpiPoint> Hours(IReadOnlyList<KpiBucket> hours, DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone)
    {
        var byHour = hours.ToLookup(h => (h.LocalDate, h.LocalHour, h.UtcOffsetMinutes));
        var points = new List<KpiPoint>();
        for (var utc = start.ToUniversalTime(); utc < end; utc = utc.AddHours(1))
        {
            var local = TimeZoneInfo.ConvertTime(utc, zone);
            var key = (DateOnly.FromDateTime(local.DateTime), local.Hour, (int)local.Offset.TotalMinutes);
            points.Add(KpiPoint.From(local, KpiCounters.Sum(byHour[key].Select(h => h.Counters))));
        }
        return points;
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    public static DateTimeOffset LocalMidnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
