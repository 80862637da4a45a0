namespace BpoCloud.Server.Tenancy;

/// <summary>The tenant of the current request, as resolved by <see cref="TenantResolutionMiddleware"/>.</summary>
public sealed class TenantContext
{
    /// <summary>The brand the request acts for; null for firm-wide requests (or an unknown brand in the route).</summary>
    public TenantInfo? Tenant { get; set; }

    /// <summary>The brand the caller is bound to (brand users and API keys); null for firm staff.</summary>
    public string? CallerBrandId { get; set; }

    public bool IsBrandCaller => CallerBrandId is not null;

    /// <summary>The resolved tenant if it is the brand the route names; null when the brand is unknown (answer 404).</summary>
    public TenantInfo? TenantFor(string brandId) => Tenant is { } tenant && tenant.Id == brandId ? tenant : null;
}
