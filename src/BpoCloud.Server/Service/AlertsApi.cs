using System.Buffers.Text;
using System.Security.Cryptography;
using BpoCloud.Domain.Common;
using BpoCloud.Grains.Service;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Tenancy;
using BpoCloud.Storage.Service;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Service;

/// <summary>/brands/{brandId}/alert-rules (brand admins and operations managers) and /brands/{brandId}/alerts (shown in the app).</summary>
public static class AlertsApi
{
    public static RouteGroupBuilder MapAlertsApi(this RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/brands/{brandId}/alert-rules").WithTags("Alerts").RequireAuthorization(Policies.KpiRead);
        rules.MapPost("/", Create).RequireAuthorization(Policies.AlertsManage);
        rules.MapGet("/", List);
        rules.MapGet("/{ruleId}", Get);
        rules.MapPut("/{ruleId}", Update).RequireAuthorization(Policies.AlertsManage);
        rules.MapDelete("/{ruleId}", Delete).RequireAuthorization(Policies.AlertsManage);
        api.MapGet("/brands/{brandId}/alerts", Alerts).WithTags("Alerts").RequireAuthorization(Policies.KpiRead);
        return api;
    }

    public static async Task<Results<Created<AlertRuleResponse>, ValidationProblem, ProblemHttpResult>> Create(
        string brandId, AlertRuleRequest body, TenantContext tenancy, SqlAlertStore alerts, IGrainFactory grains)
    {
        if (!IsTenant(tenancy, brandId))
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var rule = body.ToRule(EntityIds.New("arl"), "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24)));
        await alerts.SaveRule(brandId, rule);
        await grains.GetGrain<IAlertMonitorGrain>(brandId).Start();
        return TypedResults.Created($"/api/v1/brands/{brandId}/alert-rules/{rule.Id}", AlertRuleResponse.From(rule, withSecret: true));
    }

    public static async Task<Results<Ok<PageResponse<AlertRuleResponse>>, ProblemHttpResult>> List(string brandId, TenantContext tenancy, SqlAlertStore alerts) =>
        IsTenant(tenancy, brandId)
            ? TypedResults.Ok(new PageResponse<AlertRuleResponse>([.. (await alerts.Rules(brandId)).Select(r => AlertRuleResponse.From(r))], null))
            : GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");

    public static async Task<Results<Ok<AlertRuleResponse>, ProblemHttpResult>> Get(string brandId, string ruleId, TenantContext tenancy, SqlAlertStore alerts) =>
        IsTenant(tenancy, brandId) && await alerts.Rule(brandId, ruleId) is { } rule
            ? TypedResults.Ok(AlertRuleResponse.From(rule))
            : GrainResultHttp.NotFound($"Alert rule '{ruleId}' does not exist.");

    public static async Task<Results<Ok<AlertRuleResponse>, ValidationProblem, ProblemHttpResult>> Update(
        string brandId, string ruleId, AlertRuleRequest body, TenantContext tenancy, SqlAlertStore alerts, IGrainFactory grains)
    {
        if (!IsTenant(tenancy, brandId) || await alerts.Rule(brandId, ruleId) is not { } current)
        {
            return GrainResultHttp.NotFound($"Alert rule '{ruleId}' does not exist.");
        }
        var rule = body.ToRule(ruleId, current.WebhookSecret);
        await alerts.SaveRule(brandId, rule);
        await grains.GetGrain<IAlertMonitorGrain>(brandId).Start();
        return TypedResults.Ok(AlertRuleResponse.From(rule));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string brandId, string ruleId, TenantContext tenancy, SqlAlertStore alerts) =>
        IsTenant(tenancy, brandId) && await alerts.DeleteRule(brandId, ruleId)
            ? TypedResults.NoContent()
            : GrainResultHttp.NotFound($"Alert rule '{ruleId}' does not exist.");

    public static async Task<Results<Ok<PageResponse<AlertRecord>>, ProblemHttpResult>> Alerts(
        string brandId, PageRequest page, TenantContext tenancy, SqlAlertStore alerts)
    {
        if (!IsTenant(tenancy, brandId))
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var found = await alerts.Alerts(brandId, page.Take, page.Cursor);
        return TypedResults.Ok(new PageResponse<AlertRecord>(found.Items, found.NextCursor));
    }

    private static bool IsTenant(TenantContext tenancy, string brandId) => tenancy.TenantFor(brandId) is not null;
}
