using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BpoCloud.Server.Health;

/// <summary>Ready once the silo has joined its cluster and is active.</summary>
public sealed class SiloHealthCheck(Orleans.Runtime.ILocalSiloDetails silo, Orleans.Runtime.ISiloStatusOracle oracle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(oracle.CurrentStatus == Orleans.Runtime.SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {silo.SiloAddress} is active.")
            : HealthCheckResult.Unhealthy($"Silo is {oracle.CurrentStatus}."));
}
