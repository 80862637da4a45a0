using System.Globalization;
using BpoCloud.Domain.Common;
using BpoCloud.Domain.Service;
using BpoCloud.Grains.Service;
using BpoCloud.Server.Audit;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Tenancy;
using BpoCloud.Storage.Service;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Service;

/// <summary>The brand's SLA (versioned by effective date) and its attainment per day and month — what billing credits will read.</summary>
public static class SlaApi
{
    public static RouteGroupBuilder MapSlaApi(this RouteGroupBuilder api)
    {
        var sla = api.MapGroup("/brands/{brandId}/sla").WithTags("SLA").RequireAuthorization(Policies.KpiRead);
        sla.MapPut("/", Put).RequireAuthorization(Policies.SlaManage).WithAuditSnapshot(Snapshot);
        sla.MapGet("/", Get);
        sla.MapGet("/attainment", Attainment);
        return api;
    }

    public static async Task<Results<Ok<SlaResponse>, ValidationProblem, ProblemHttpResult>> Put(
        string brandId, SlaRequest body, TenantContext tenancy, SqlSlaStore slas, IGrainFactory grains, TimeProvider clock, ILogger<SlaRequest> logger)
    {
        if (tenancy.TenantFor(brandId) is not { } brand)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var policy = body.ToPolicy(brand.TimeZone, Today(brand.TimeZone, clock));
        await slas.Put(brandId, policy);
        await grains.GetGrain<IKpiProjectionGrain>(brandId).Poke();
        logger.LogInformation("SLA of {TenantId} set from {EffectiveFrom}", brandId, policy.EffectiveFrom);
        return TypedResults.Ok(SlaResponse.From(policy));
    }

    public static async Task<Results<Ok<SlaVersions>, ProblemHttpResult>> Get(string brandId, TenantContext tenancy, SqlSlaStore slas, TimeProvider clock)
    {
        if (tenancy.TenantFor(brandId) is not { } brand)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var versions = await slas.Policies(brandId);
        var current = SlaPolicy.InForceOn(versions, Today(brand.TimeZone, clock));
        return TypedResults.Ok(new SlaVersions(current is null ? null : SlaResponse.From(current), [.. versions.Select(SlaResponse.From)]));
    }

    public static async Task<Results<Ok<SlaAttainmentResponse>, ValidationProblem, ProblemHttpResult>> Attainment(
        string brandId, string? month, TenantContext tenancy, SqlSlaStore slas, SqlKpiQueries kpis)
    {
        if (tenancy.TenantFor(brandId) is not { } brand)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["is required as yyyy-MM."] });
        }
        var last = first.AddMonths(1).AddDays(-1);
        var policies = await slas.Policies(brandId);
        var hours = await kpis.Hours(brandId, new KpiFilter(first, last), KpiGrouping.Day);
        var days = new List<SlaPeriod>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var d = day;
            days.Add(Judge(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), KpiCounters.Sum(hours.Where(h => h.LocalDate == d).Select(h => h.Counters)),
                SlaPolicy.InForceOn(policies, day)));
        }
        var monthly = Judge(month!, KpiCounters.Sum(hours.Select(h => h.Counters)), SlaPolicy.InForceOn(policies, last));
        return TypedResults.Ok(new SlaAttainmentResponse(month!, monthly, days.Count(d => d.Met == true), days.Count(d => d.Met == false), days));
    }

    private static SlaPeriod Judge(string period, KpiCounters counters, SlaPolicy? policy)
    {
        var values = KpiValues.From(counters);
        var met = policy is null ? null : SlaAttainment.ForDay(default, counters, policy).Met;
        return new SlaPeriod(period, counters.Conversations, KpiValues.Round(values.ServiceLevel), KpiValues.Round(values.ResponseWithin3MinRate),
            policy?.TargetServiceLevel, policy?.ResponseWithin3MinTarget, met);
    }

    private static DateOnly Today(string timeZone, TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZones.Find(timeZone)).DateTime);

    private static async Task<object?> Snapshot(HttpContext http)
    {
        var brandId = http.GetRouteValue("brandId") as string ?? "";
        return EntityIds.IsWellFormed(brandId)
            ? (await http.RequestServices.GetRequiredService<SqlSlaStore>().Policies(brandId)).Select(SlaResponse.From).ToList()
            : null;
    }
}
