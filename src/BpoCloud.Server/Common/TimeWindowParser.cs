using System.Globalization;
using BpoCloud.Domain.Common;

namespace BpoCloud.Server.Common;

/// <summary>
/// Reads the from/to of list filters: an ISO-8601 instant with offset, or a date yyyy-MM-dd meaning that
/// day in China time (the firm's day). A "to" date includes the whole day.
/// </summary>
public static class TimeWindowParser
{
    private static readonly TimeZoneInfo FirmZone = TimeZones.Find(TimeZones.Default);

    public static void Validate(ValidationErrors errors, string? from, string? to)
    {
        var start = Parse(errors, "from", from, endOfDay: false);
        var end = Parse(errors, "to", to, endOfDay: true);
        if (start is not null && end is not null && end <= start)
        {
            errors.Add("to", "must be after from.");
        }
    }

    public static DateTimeOffset? Parse(ValidationErrors errors, string field, string? text, bool endOfDay)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var local = (endOfDay ? date.AddDays(1) : date).ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, FirmZone.GetUtcOffset(local));
        }
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }
        errors.Add(field, "must be a date yyyy-MM-dd or an ISO-8601 instant with an offset.");
        return null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 19 && text.LastIndexOfAny(['+', '-']) > 10);
}
