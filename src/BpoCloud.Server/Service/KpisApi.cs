using BpoCloud.Domain.Common;
using BpoCloud.Domain.Service;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Tenancy;
using BpoCloud.Storage.Roster;
using BpoCloud.Storage.Service;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Service;

/// <summary>KPIs of one brand (its own users and firm staff), and the firm's cross-brand overview.</summary>
public static class KpisApi
{
    public static RouteGroupBuilder MapKpisApi(this RouteGroupBuilder api)
    {
        api.MapGet("/brands/{brandId}/kpis", BrandKpis).WithTags("KPIs").RequireAuthorization(Policies.KpiRead);
        api.MapGet("/kpis/brands", Overview).WithTags("KPIs").RequireAuthorization(Policies.FirmKpiRead);
        return api;
    }

    public static async Task<Results<Ok<KpiResponse>, ValidationProblem, ProblemHttpResult>> BrandKpis(
        string brandId, KpiQuery query, TenantContext tenancy, SqlKpiQueries kpis)
    {
        if (tenancy.TenantFor(brandId) is not { } brand)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var zone = TimeZones.Find(brand.TimeZone);
        var role = query.RoleFilter is { } r ? SqlKpiProjectionStore.RoleName(r) : null;
        var grouping = query.Level switch { KpiGranularity.Hour => KpiGrouping.Hour, KpiGranularity.Day => KpiGrouping.Day, _ => KpiGrouping.Total };
        var hours = await kpis.Hours(brandId, new KpiFilter(query.FromDate, query.ToDate, role, query.StoreId, query.AgentId), grouping);
        var totals = KpiValues.From(KpiCounters.Sum(hours.Select(h => h.Counters))).Rounded();
        var series = KpiSeries.Build(hours, query.FromDate, query.ToDate, query.Level, zone);
        return TypedResults.Ok(new KpiResponse(brandId, query.From!, query.To!, query.Level, brand.TimeZone, totals, series));
    }

    public static async Task<Ok<PageResponse<BrandKpis>>> Overview(KpiQuery query, SqlKpiQueries kpis, RosterQueries roster)
    {
        var totals = await kpis.BrandTotals(query.FromDate, query.ToDate);
        var names = await roster.BrandNames();
        var items = totals
            .Select(t => new BrandKpis(t.BrandId, names.GetValueOrDefault(t.BrandId), KpiValues.From(t.Counters).Rounded()))
            .OrderBy(b => b.BrandName, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new PageResponse<BrandKpis>(items, null));
    }
}
