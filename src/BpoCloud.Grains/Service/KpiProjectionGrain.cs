using BpoCloud.Domain.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Grains.Tenancy;
using Microsoft.Extensions.Logging;

namespace BpoCloud.Grains.Service;

/// <summary>
/// Keeps a brand's KPI rows in step with its ledger. Each turn handles a bounded batch and, if work is left,
/// schedules itself again after a rest as long as the turn, so a burst (Double 11) never blocks the grain for long
/// and never starves ingestion.
/// </summary>
public sealed class KpiProjectionGrain(IKpiProjectionStore store, ILogger<KpiProjectionGrain> logger) : Grain, IKpiProjectionGrain, IBrandScopedGrain
{
    private const int BatchSize = 500;
    private static readonly TimeSpan TurnBudget = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(200);
    private readonly KpiProjector _projector = new(store);
    private IGrainTimer? _continuation;

    private string BrandId => this.GetPrimaryKeyString();

    /// <summary>
    /// Pokes within <see cref="Coalesce"/> of each other are served by one run, so a burst of batches touching the
    /// same conversations recomputes each of them once rather than once per batch.
    /// </summary>
    public Task Poke()
    {
        if (_continuation is null)
        {
            ScheduleContinuation(Coalesce);
        }
        return Task.CompletedTask;
    }

    private async Task Run()
    {
        // Elapsed time of this turn, not a business time: a stopwatch, not the clock.
        var turn = System.Diagnostics.Stopwatch.StartNew();
        while (turn.Elapsed < TurnBudget)
        {
            if (await _projector.RunBatch(BrandId, await Zone(), BatchSize) == 0)
            {
                return;
            }
        }
        // Still behind after a full turn: a burst is being ingested. Rest as long as we worked, so the projection takes
        // at most about half of the machine and acknowledging brands' events keeps priority over KPI freshness.
        ScheduleContinuation(turn.Elapsed);
    }

    public async Task<int> Drain()
    {
        var total = 0;
        int done;
        while ((done = await _projector.RunBatch(BrandId, await Zone(), BatchSize)) > 0)
        {
            total += done;
        }
        return total;
    }

    private void ScheduleContinuation(TimeSpan after)
    {
        _continuation?.Dispose();
        _continuation = this.RegisterGrainTimer(async () =>
        {
            _continuation?.Dispose();
            _continuation = null;
            try
            {
                await Run();
            }
            catch (Exception e)
            {
                // The sweeper pokes again later; the items stay dirty, nothing is lost.
                logger.LogWarning(e, "KPI projection for {TenantId} failed; it will be retried", BrandId);
            }
        }, new GrainTimerCreationOptions { DueTime = after, Period = Timeout.InfiniteTimeSpan });
    }

    private async Task<TimeZoneInfo> Zone() =>
        TimeZones.Find((await GrainFactory.GetGrain<IBrandGrain>(BrandId).Get())?.Details.TimeZone ?? TimeZones.Default);
}
