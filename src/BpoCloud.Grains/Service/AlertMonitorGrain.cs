using BpoCloud.Grains.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BpoCloud.Grains.Service;

/// <summary>
/// Watches one brand's alert rules. A timer evaluates every few seconds (15 by default, so a crossing fires well
/// within 60 s); a reminder reactivates the grain after a restart or failover; with no rules left it stops both.
/// </summary>
public sealed class AlertMonitorGrain(IAlertStore store, TimeProvider clock, IConfiguration configuration, ILogger<AlertMonitorGrain> logger)
    : Grain, IAlertMonitorGrain, IRemindable, IBrandScopedGrain
{
    private const string KeepAlive = "alerts";
    private readonly AlertEvaluator _evaluator = new(store);
    private IGrainTimer? _timer;

    private string BrandId => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var every = TimeSpan.FromSeconds(configuration.GetValue("Alerts:EvaluateSeconds", 15));
        _timer = this.RegisterGrainTimer(Tick, new GrainTimerCreationOptions { DueTime = every, Period = every });
        return Task.CompletedTask;
    }

    public async Task Start() => await this.RegisterOrUpdateReminder(KeepAlive, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

    public async Task<int> Evaluate()
    {
        if ((await store.EnabledRules(BrandId)).Count == 0 && (await store.OpenAlerts(BrandId)).Count == 0)
        {
            await StopWatching();
            return 0;
        }
        return await _evaluator.Evaluate(BrandId, clock.GetUtcNow());
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task Tick()
    {
        try
        {
            await Evaluate();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Alert evaluation for {TenantId} failed; next tick retries", BrandId);
        }
    }

    private async Task StopWatching()
    {
        if (await this.GetReminder(KeepAlive) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
        _timer?.Dispose();
        DeactivateOnIdle();
    }
}
