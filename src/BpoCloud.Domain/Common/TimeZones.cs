namespace BpoCloud.Domain.Common;

/// <summary>Brand time zones are IANA ids; China time is the default because our brands sell in China.</summary>
public static class TimeZones
{
    public const string Default = "Asia/Shanghai";

    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out var zone) ? zone : throw new ValidationException("timeZone", $"'{id}' is not a known IANA time zone.");
}
