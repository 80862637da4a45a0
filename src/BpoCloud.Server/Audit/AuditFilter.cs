using System.Text.Json;
using System.Text.Json.Nodes;
using BpoCloud.Domain.Common;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Tenancy;
using BpoCloud.Storage.Audit;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace BpoCloud.Server.Audit;

/// <summary>
/// Writes an audit entry for every accepted change: any POST, PUT, PATCH or DELETE under /api/v1 that
/// succeeds (2xx). Because it sits on the API's route group, a new endpoint is audited without anyone
/// remembering to. Summaries are the API's own JSON of the resource, capped in length, with secrets
/// (a new API key, a password) redacted.
/// </summary>
public static class AuditFilter
{
    public const int MaxSummaryLength = 4000;
    private static readonly string[] Secrets = ["key", "password", "accessToken", "webhookSecret"];
    private static readonly HashSet<string> Changes = new(StringComparer.OrdinalIgnoreCase) { "POST", "PUT", "PATCH", "DELETE" };

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next) =>
        async invocation =>
        {
            var http = invocation.HttpContext;
            if (!Changes.Contains(http.Request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<SkipAuditAttribute>() is not null)
            {
                return await next(invocation);
            }
            var snapshot = http.GetEndpoint()?.Metadata.GetMetadata<AuditSnapshot>();
            var before = snapshot is null ? null : await snapshot.Read(http);
            var result = await next(invocation);
            // Results<A, B, ...> wraps the outcome the handler chose.
            var outcome = result is INestedHttpResult nested ? nested.Result : result;
            var status = (outcome as IStatusCodeHttpResult)?.StatusCode ?? http.Response.StatusCode;
            if (status is >= 200 and < 300)
            {
                await Record(http, before, (outcome as IValueHttpResult)?.Value);
            }
            return result;
        };

    private static async Task Record(HttpContext http, object? before, object? after)
    {
        var services = http.RequestServices;
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var endpoint = http.GetEndpoint() as RouteEndpoint;
        var pattern = endpoint?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var resourceId = ResourceId(http, after);
        var tenant = services.GetRequiredService<TenantContext>();
        var entry = new AuditEntry(
            EntityIds.New("aud"),
            services.GetRequiredService<TimeProvider>().GetUtcNow(),
            http.User.UserId(),
            http.User.DisplayName(),
            http.User.IsApiKey() ? CallerClaims.KindApiKey : Policies.RoleName(http.User.Role()!.Value),
            tenant.Tenant?.Id ?? tenant.CallerBrandId ?? BrandOf(after),
            $"{http.Request.Method} {pattern}",
            Resource(pattern),
            resourceId,
            Summary(before, json),
            Summary(after, json));
        await services.GetRequiredService<SqlAuditLog>().Append(entry);
    }

    private static string? ResourceId(HttpContext http, object? after)
    {
        var routeIds = http.Request.RouteValues.Where(r => r.Key.EndsWith("Id", StringComparison.Ordinal)).Select(r => r.Value as string).ToList();
        var createdId = after?.GetType().GetProperty("Id")?.GetValue(after) as string;
        return http.Request.Method == "POST" && createdId is not null ? createdId : routeIds.LastOrDefault() ?? createdId;
    }

    /// <summary>"/api/v1/brands/{brandId}/stores/{storeId}" → "stores".</summary>
    private static string Resource(string pattern) =>
        pattern.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(s => !s.StartsWith('{') && s is not "api" and not "v1") ?? pattern;

    /// <summary>
    /// The brand a change belongs to when the URL does not say: a brand itself, or one of its users. Firm-internal
    /// resources that mention a brand (a shift, with its agent and cost) stay the firm's, so brand admins never see them.
    /// </summary>
    private static string? BrandOf(object? after) => after switch
    {
        Roster.BrandResponse brand => brand.Id,
        Identity.UserResponse user => user.BrandId,
        _ => null,
    };

    private static string? Summary(object? value, JsonSerializerOptions json)
    {
        if (value is null)
        {
            return null;
        }
        var node = JsonSerializer.SerializeToNode(value, value.GetType(), json);
        if (node is JsonObject obj)
        {
            foreach (var secret in Secrets)
            {
                if (obj.ContainsKey(secret))
                {
                    obj[secret] = "(redacted)";
                }
            }
        }
        var text = node?.ToJsonString(json) ?? "null";
        return text.Length <= MaxSummaryLength ? text : text[..MaxSummaryLength] + "…";
    }
}
