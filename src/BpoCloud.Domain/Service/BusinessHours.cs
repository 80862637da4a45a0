using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;

namespace BpoCloud.Domain.Service;

/// <summary>When a brand's service desk is open, in the brand's own time zone, with holidays closed all day.</summary>
public sealed record BusinessHours
{
    /// <summary>IANA time zone id, e.g. "Asia/Shanghai" (the default) or "Europe/Berlin".</summary>
    public string TimeZone { get; init; } = TimeZones.Default;

    public IReadOnlyList<OpeningWindow> Windows { get; init; } = [];

    /// <summary>Brand-local dates on which the desk is closed all day, whatever <see cref="Windows"/> say.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    public TimeZoneInfo ResolveTimeZone() => TimeZones.Find(TimeZone);

    /// <summary>
    /// True when the brand-local clock at <paramref name="instant"/> falls in a window of that weekday (open ≤ time &lt;
    /// close) and the local date is no holiday. Instants are converted to local time, never the reverse, so DST gaps and
    /// repeated hours need no special case: a repeated 02:30 is 02:30 both times.
    /// </summary>
    public bool IsOpenAt(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, ResolveTimeZone());
        if (Holidays.Contains(DateOnly.FromDateTime(local.DateTime)))
        {
            return false;
        }

        var day = ToWeekDay(local.DayOfWeek);
        return Windows.Any(window => window.Contains(day, local.TimeOfDay));
    }

    internal void Validate(ValidationErrors errors, string path)
    {
        if (!TimeZones.TryFind(TimeZone, out _))
        {
            errors.Add($"{path}.timeZone", $"'{TimeZone}' is not a known IANA time zone.");
        }

        if (Windows.Count == 0)
        {
            errors.Add($"{path}.windows", "must have at least one opening window.");
        }

        for (var i = 0; i < Windows.Count; i++)
        {
            Windows[i].Validate(errors, $"{path}.windows[{i}]");
        }
    }

    // WeekDay starts on Monday, as the API spells days; DayOfWeek starts on Sunday.
    private static WeekDay ToWeekDay(DayOfWeek day) => day == DayOfWeek.Sunday ? WeekDay.Sun : (WeekDay)((int)day - 1);
}
