using System.Globalization;
using BpoCloud.Domain.Common;
using BpoCloud.Server.Common;

namespace BpoCloud.Server.Scheduling;

/// <summary>
/// The filters of GET /shifts. from/to take an ISO-8601 instant or a date; a date means that day in
/// China time (the firm's day), and "to" as a date includes the whole day.
/// </summary>
public sealed record ShiftListQuery(string? AgentId, string? BrandId, string? From, string? To, PageRequest Page) : IValidatableRequest
{
    private static readonly TimeZoneInfo FirmZone = TimeZones.Find(TimeZones.Default);

    public static ValueTask<ShiftListQuery?> BindAsync(HttpContext http)
    {
        var q = http.Request.Query;
        return ValueTask.FromResult<ShiftListQuery?>(new ShiftListQuery(
            q["agentId"].FirstOrDefault(), q["brandId"].FirstOrDefault(), q["from"].FirstOrDefault(), q["to"].FirstOrDefault(), PageRequest.From(q)));
    }

    public void Validate(ValidationErrors errors)
    {
        Page.Validate(errors);
        if (AgentId is not null && !EntityIds.IsWellFormed(AgentId))
        {
            errors.Add("agentId", "is not a valid id.");
        }
        if (BrandId is not null && !EntityIds.IsWellFormed(BrandId))
        {
            errors.Add("brandId", "is not a valid id.");
        }
        var from = Parse(errors, "from", From, endOfDay: false);
        var to = Parse(errors, "to", To, endOfDay: true);
        if (from is not null && to is not null && to <= from)
        {
            errors.Add("to", "must be after from.");
        }
    }

    public DateTimeOffset? FromInstant => Parse(new ValidationErrors(), "from", From, endOfDay: false);

    public DateTimeOffset? ToInstant => Parse(new ValidationErrors(), "to", To, endOfDay: true);

    private static DateTimeOffset? Parse(ValidationErrors errors, string field, string? text, bool endOfDay)
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
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && HasOffset(text))
        {
            return instant;
        }
        errors.Add(field, "must be a date yyyy-MM-dd or an ISO-8601 instant with an offset.");
        return null;
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10;
}
