using BpoCloud.Domain.Common;

namespace BpoCloud.Server.Audit;

/// <summary>The filters of GET /audit: brand, and [from, to) as dates (China time, "to" inclusive) or instants.</summary>
public sealed record AuditQuery(string? BrandId, string? From, string? To, PageRequest Page) : IValidatableRequest
{
    public static ValueTask<AuditQuery?> BindAsync(HttpContext http)
    {
        var q = http.Request.Query;
        return ValueTask.FromResult<AuditQuery?>(new AuditQuery(q["brandId"].FirstOrDefault(), q["from"].FirstOrDefault(), q["to"].FirstOrDefault(), PageRequest.From(q)));
    }

    public DateTimeOffset? FromInstant => TimeWindowParser.Parse(new ValidationErrors(), "from", From, endOfDay: false);

    public DateTimeOffset? ToInstant => TimeWindowParser.Parse(new ValidationErrors(), "to", To, endOfDay: true);

    public void Validate(ValidationErrors errors)
    {
        Page.Validate(errors);
        if (BrandId is not null && !EntityIds.IsWellFormed(BrandId))
        {
            errors.Add("brandId", "is not a valid id.");
        }
        TimeWindowParser.Validate(errors, From, To);
    }
}
