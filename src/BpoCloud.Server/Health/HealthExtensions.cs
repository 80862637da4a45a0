using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BpoCloud.Server.Health;

/// <summary>/health/live: the process answers. /health/ready: the silo is active and storage answers a query.</summary>
public static class HealthExtensions
{
    public static IHostApplicationBuilder AddBpoCloudHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<SiloHealthCheck>("silo", tags: ["ready"])
            .AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapBpoCloudHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}
