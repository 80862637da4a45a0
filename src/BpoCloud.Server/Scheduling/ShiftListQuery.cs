using BpoCloud.Domain.Common;

namespace BpoCloud.Server.Scheduling;

/// <summary>The filters of GET /shifts: agent, brand, and shifts overlapping [from, to) (dates in China time or instants).</summary>
public sealed record ShiftListQuery(string? AgentId, string? BrandId, string? From, string? To, PageRequest Page) : IValidatableRequest
{
    public static ValueTask<ShiftListQuery?> BindAsync(HttpContext http)
    {
        var q = http.Request.Query;
        return ValueTask.FromResult<ShiftListQuery?>(new ShiftListQuery(
            q["agentId"].FirstOrDefault(), q["brandId"].FirstOrDefault(), q["from"].FirstOrDefault(), q["to"].FirstOrDefault(), PageRequest.From(q)));
    }

    public DateTimeOffset? FromInstant => TimeWindowParser.Parse(new ValidationErrors(), "from", From, endOfDay: false);

    public DateTimeOffset? ToInstant => TimeWindowParser.Parse(new ValidationErrors(), "to", To, endOfDay: true);

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
        TimeWindowParser.Validate(errors, From, To);
    }
}
