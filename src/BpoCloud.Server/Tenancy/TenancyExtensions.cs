namespace BpoCloud.Server.Tenancy;

/// <summary>Registers the tenancy module: store, strategies in resolution order, per-request context, per-tenant options.</summary>
public static class TenancyExtensions
{
    public static IHostApplicationBuilder AddBpoCloudTenancy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ITenantStore, BrandTenantStore>();
        // Order matters: a signed-in brand user's claim wins, then an API key's brand, then the route for firm staff.
        builder.Services.AddSingleton<ITenantResolutionStrategy, UserBrandClaimStrategy>();
        builder.Services.AddSingleton<ITenantResolutionStrategy, ApiKeyBrandStrategy>();
        builder.Services.AddSingleton<ITenantResolutionStrategy, RouteBrandStrategy>();
        builder.Services.AddSingleton<IRouteOwnerLookup, UserOwnerLookup>();
        builder.Services.AddScoped<TenantContext>();
        builder.Services.AddOptions<TenantOptions>().Bind(builder.Configuration.GetSection("Tenancy:Defaults"));
        return builder;
    }

    public static IApplicationBuilder UseBpoCloudTenancy(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();
}
