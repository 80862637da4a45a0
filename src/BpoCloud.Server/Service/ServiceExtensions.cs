using BpoCloud.Storage.Service;

namespace BpoCloud.Server.Service;

/// <summary>Registers the service-events capability: ledger, KPI reads, SLA store, drill-down, and the projection sweeper.</summary>
public static class ServiceExtensions
{
    public static IHostApplicationBuilder AddBpoCloudService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SqlServiceLedger>();
        builder.Services.AddSingleton<SqlConversationQueries>();
        builder.Services.AddHostedService<KpiSweepService>();
        // Redirects are not followed: a webhook goes to the URL the brand registered and nowhere else.
        builder.Services.AddHttpClient(AlertWebhookDispatcher.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        builder.Services.AddHostedService<AlertWebhookDispatcher>();
        return builder;
    }
}
