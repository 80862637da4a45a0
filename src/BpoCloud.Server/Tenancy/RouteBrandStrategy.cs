using BpoCloud.Server.Identity;

namespace BpoCloud.Server.Tenancy;

/// <summary>Firm staff work across brands: their tenant is the {brandId} of the route, when there is one.</summary>
public sealed class RouteBrandStrategy : ITenantResolutionStrategy
{
    public const string RouteKey = "brandId";

    public string? Identifier(HttpContext http) =>
        http.User.IsFirmStaff() ? http.GetRouteValue(RouteKey) as string : null;
}
