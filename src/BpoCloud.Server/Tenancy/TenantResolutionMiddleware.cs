using BpoCloud.Grains.Tenancy;
using BpoCloud.Server.Extensions;
using BpoCloud.Server.Identity;
using Microsoft.AspNetCore.Mvc;
using Serilog.Context;

namespace BpoCloud.Server.Tenancy;

/// <summary>
/// Finds the tenant of each signed-in request with the strategies in order, refuses a brand caller who
/// names another brand in the URL (404: another brand's data is not even acknowledged to exist), and
/// passes the tenant to grains through RequestContext and to the request log.
/// </summary>
public sealed class TenantResolutionMiddleware(
    RequestDelegate next, IEnumerable<ITenantResolutionStrategy> strategies, IEnumerable<IRouteOwnerLookup> owners)
{
    public async Task InvokeAsync(HttpContext http, TenantContext context, ITenantStore store, IProblemDetailsService problems)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            await next(http);
            return;
        }
        var callerBrand = http.User.BrandId();
        var routeBrand = http.GetRouteValue(RouteBrandStrategy.RouteKey) as string;
        if (callerBrand is not null && (routeBrand is not null && routeBrand != callerBrand || !await OwnsRouteResources(http, callerBrand)))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = 404, Title = "Not found", Detail = "The resource does not exist." },
            });
            return;
        }
        context.CallerBrandId = callerBrand;
        var identifier = strategies.Select(s => s.Identifier(http)).FirstOrDefault(id => id is not null);
        context.Tenant = identifier is null ? null : await store.TryGet(identifier);
        if (callerBrand is not null)
        {
            TenantScope.EnterBrand(callerBrand);
        }
        else
        {
            TenantScope.EnterFirm();
        }
        var tenantId = context.Tenant?.Id ?? callerBrand;
        http.Items[RequestLogKeys.TenantId] = tenantId;
        using (LogContext.PushProperty("TenantId", tenantId))
        {
            await next(http);
        }
    }

    private async Task<bool> OwnsRouteResources(HttpContext http, string callerBrand)
    {
        foreach (var owner in owners)
        {
            if (http.GetRouteValue(owner.RouteKey) is string id && await owner.BrandOf(id) != callerBrand)
            {
                return false;
            }
        }
        return true;
    }
}
