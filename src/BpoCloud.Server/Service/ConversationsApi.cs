using BpoCloud.Domain.Common;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Tenancy;
using BpoCloud.Storage.Service;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Service;

/// <summary>Drill-down from a KPI to the conversations behind it, and one conversation's masked timeline.</summary>
public static class ConversationsApi
{
    public static RouteGroupBuilder MapConversationsApi(this RouteGroupBuilder api)
    {
        var conversations = api.MapGroup("/brands/{brandId}/conversations").WithTags("Conversations").RequireAuthorization(Policies.KpiRead);
        conversations.MapGet("/", List);
        conversations.MapGet("/{conversationId}", Get);
        return api;
    }

    public static async Task<Results<Ok<PageResponse<ConversationRow>>, ValidationProblem, ProblemHttpResult>> List(
        string brandId, ConversationQuery query, TenantContext tenancy, SqlConversationQueries conversations)
    {
        if (tenancy.TenantFor(brandId) is not { } brand)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        var w = query.Window;
        var role = w.RoleFilter is { } r ? Storage.Service.SqlKpiProjectionStore.RoleName(r) : null;
        var page = await conversations.List(brandId, new KpiFilter(w.FromDate, w.ToDate, role, w.StoreId, w.AgentId), query.Page.Take, query.Page.Cursor);
        return TypedResults.Ok(new PageResponse<ConversationRow>(page.Items, page.NextCursor));
    }

    public static async Task<Results<Ok<ConversationDetail>, ProblemHttpResult>> Get(
        string brandId, string conversationId, TenantContext tenancy, SqlConversationQueries conversations)
    {
        if (tenancy.TenantFor(brandId) is not { } brand || conversationId.Length > 128)
        {
            return GrainResultHttp.NotFound($"Conversation '{conversationId}' does not exist.");
        }
        var events = await conversations.Events(brandId, conversationId);
        if (events.Count == 0)
        {
            return GrainResultHttp.NotFound($"Conversation '{conversationId}' does not exist.");
        }
        var zone = TimeZones.Find(brand.TimeZone);
        return TypedResults.Ok(new ConversationDetail(await conversations.One(brandId, conversationId), [.. events.Select(e => TimelineEvent.From(e, zone))]));
    }
}
