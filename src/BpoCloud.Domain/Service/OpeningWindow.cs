using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;

namespace BpoCloud.Domain.Service;

/// <summary>
/// One stretch of brand-local opening time on a weekday, "HH:mm" to "HH:mm" with <see cref="Open"/> before
/// <see cref="Close"/>; "24:00" closes at the midnight ending the day. A day may have several windows (split hours);
/// a night shift past midnight is two windows, e.g. Fri 22:00–24:00 and Sat 00:00–02:00.
/// </summary>
public sealed record OpeningWindow(WeekDay Day, string Open, string Close)
{
    internal bool Contains(WeekDay day, TimeSpan localTime)
    {
        if (!ClockTime.TryParse(Open, out var open) || !ClockTime.TryParse(Close, out var close))
        {
            throw new InvalidOperationException($"Opening window {Day} {Open}-{Close} is not valid; check the policy with SlaPolicy.Validate first.");
        }

        return day == Day && TimeSpan.FromMinutes(open) <= localTime && localTime < TimeSpan.FromMinutes(close);
    }

    internal void Validate(ValidationErrors errors, string path)
    {
        errors.RequireDefined<WeekDay>($"{path}.day", Day);
        ClockTime.ValidateWindow(errors, path, Open, Close);
    }
}
