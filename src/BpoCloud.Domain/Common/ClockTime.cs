using System.Globalization;

namespace BpoCloud.Domain.Common;

/// <summary>
/// A wall-clock time "HH:mm" as minutes after local midnight. "24:00" is allowed and means the
/// midnight that ends the day, so a window can run to the end of a day without spilling into the next.
/// </summary>
public static class ClockTime
{
    public const int EndOfDay = 24 * 60;

    public static bool TryParse(string? text, out int minutes)
    {
        minutes = 0;
        if (text is null || text.Length != 5 || text[2] != ':')
        {
            return false;
        }
        if (!int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h) ||
            !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m))
        {
            return false;
        }
        if (h == 24 && m == 0)
        {
            minutes = EndOfDay;
            return true;
        }
        if (h > 23 || m > 59)
        {
            return false;
        }
        minutes = h * 60 + m;
        return true;
    }

    /// <summary>Checks one open/close window: both valid clock times and open strictly before close.</summary>
    public static void ValidateWindow(ValidationErrors errors, string field, string? open, string? close)
    {
        var openOk = TryParse(open, out var o) && o < EndOfDay;
        var closeOk = TryParse(close, out var c) && c > 0;
        if (!openOk)
        {
            errors.Add($"{field}.open", "must be a time HH:mm from 00:00 to 23:59.");
        }
        if (!closeOk)
        {
            errors.Add($"{field}.close", "must be a time HH:mm from 00:01 to 24:00.");
        }
        if (openOk && closeOk && o >= c)
        {
            errors.Add($"{field}.close", "must be after open.");
        }
    }
}
