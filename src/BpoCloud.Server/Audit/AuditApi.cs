using BpoCloud.Domain.Common;
using BpoCloud.Domain.Tenancy;
using BpoCloud.Server.Identity;
using BpoCloud.Storage.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Audit;

/// <summary>GET /audit: the change log. The firm admin sees everything; a brand admin only their brand's entries.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", List).WithTags("Audit").RequireAuthorization(Policies.AuditRead);
        return api;
    }

    public static async Task<Results<Ok<PageResponse<AuditEntry>>, ProblemHttpResult>> List(
        AuditQuery query, HttpContext http, SqlAuditLog audit)
    {
        var brandId = query.BrandId;
        if (http.User.Is(Role.BrandAdmin))
        {
            var own = http.User.BrandId()!;
            if (brandId is not null && brandId != own)
            {
                return TypedResults.Problem($"Brand '{brandId}' does not exist.", statusCode: 404, title: "Not found");
            }
            brandId = own;
        }
        var page = await audit.Query(brandId, query.FromInstant, query.ToInstant, query.Page.Take, query.Page.Cursor);
        return TypedResults.Ok(new PageResponse<AuditEntry>(page.Items, page.NextCursor));
    }
}
