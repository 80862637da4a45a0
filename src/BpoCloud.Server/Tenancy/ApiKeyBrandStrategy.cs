using BpoCloud.Server.Identity;

namespace BpoCloud.Server.Tenancy;

/// <summary>An API key's tenant is the brand the key was issued to.</summary>
public sealed class ApiKeyBrandStrategy : ITenantResolutionStrategy
{
    public string? Identifier(HttpContext http) => http.User.IsApiKey() ? http.User.BrandId() : null;
}
