using System.Globalization;
using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;

namespace BpoCloud.Server.Service;

/// <summary>The query of GET …/kpis: brand-local dates from..to inclusive (yyyy-MM-dd), granularity, and optional filters.</summary>
public sealed record KpiQuery(string? From, string? To, string? Granularity, string? Role, string? StoreId, string? AgentId) : IValidatableRequest
{
    public const int MaxDays = 400;
    public const int MaxHourDays = 93;

    public static ValueTask<KpiQuery?> BindAsync(HttpContext http)
    {
        var q = http.Request.Query;
        return ValueTask.FromResult<KpiQuery?>(new KpiQuery(q["from"].FirstOrDefault(), q["to"].FirstOrDefault(), q["granularity"].FirstOrDefault(),
            q["role"].FirstOrDefault(), q["storeId"].FirstOrDefault(), q["agentId"].FirstOrDefault()));
    }

    public DateOnly FromDate => Date(From);

    public DateOnly ToDate => Date(To);

    public KpiGranularity Level => Enum.TryParse<KpiGranularity>(Granularity, ignoreCase: true, out var g) ? g : KpiGranularity.Total;

    public ServiceRole? RoleFilter => Enum.TryParse<ServiceRole>(Role, ignoreCase: true, out var r) ? r : null;

    public void Validate(ValidationErrors errors)
    {
        var fromOk = TryDate(From, out var from);
        var toOk = TryDate(To, out var to);
        if (!fromOk)
        {
            errors.Add("from", "is required as a brand-local date yyyy-MM-dd.");
        }
        if (!toOk)
        {
            errors.Add("to", "is required as a brand-local date yyyy-MM-dd.");
        }
        if (fromOk && toOk && to < from)
        {
            errors.Add("to", "must not be before from.");
        }
        if (Granularity is not null && !Enum.TryParse<KpiGranularity>(Granularity, ignoreCase: true, out _) || Granularity is "0" or "1" or "2")
        {
            errors.Add("granularity", "must be total, day or hour.");
        }
        if (fromOk && toOk && to.DayNumber - from.DayNumber + 1 > (Level == KpiGranularity.Hour ? MaxHourDays : MaxDays))
        {
            errors.Add("to", $"a window may span at most {(Level == KpiGranularity.Hour ? MaxHourDays : MaxDays)} days at this granularity.");
        }
        if (Role is not null && (!Enum.TryParse<ServiceRole>(Role, ignoreCase: true, out _) || int.TryParse(Role, out _)))
        {
            errors.Add("role", "must be preSale, inSale or afterSale.");
        }
        if (StoreId is not null && !EntityIds.IsWellFormed(StoreId))
        {
            errors.Add("storeId", "is not a valid id.");
        }
        if (AgentId is not null && !EntityIds.IsWellFormed(AgentId))
        {
            errors.Add("agentId", "is not a valid id.");
        }
    }

    private static DateOnly Date(string? text) => TryDate(text, out var d) ? d : default;

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
