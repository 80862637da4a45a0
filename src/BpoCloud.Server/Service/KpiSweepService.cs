using BpoCloud.Grains.Service;
using BpoCloud.Storage.Service;

namespace BpoCloud.Server.Service;

/// <summary>
/// The safety net of the KPI projection: ingestion pokes a brand's projection grain right away, but a poke can be
/// lost (a server dies between commit and poke). Every few seconds this finds brands with pending work and pokes them.
/// </summary>
public sealed class KpiSweepService(SqlKpiQueries kpis, IGrainFactory grains, IConfiguration configuration, ILogger<KpiSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Service:SweepSeconds", 5));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var brandId in await kpis.BrandsWithPendingWork())
                {
                    await grains.GetGrain<IKpiProjectionGrain>(brandId).Poke();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "KPI sweep failed; trying again in {Interval}", interval);
            }
        }
    }
}
