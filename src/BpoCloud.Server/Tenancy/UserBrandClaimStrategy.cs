using BpoCloud.Server.Identity;

namespace BpoCloud.Server.Tenancy;

/// <summary>A brand user's tenant is the brand in their sign-in, whatever the URL says.</summary>
public sealed class UserBrandClaimStrategy : ITenantResolutionStrategy
{
    public string? Identifier(HttpContext http) => http.User.IsApiKey() ? null : http.User.BrandId();
}
