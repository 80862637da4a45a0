using BpoCloud.Storage.Common;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BpoCloud.Server.Health;

/// <summary>Ready only while the database answers.</summary>
public sealed class StorageHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>("SELECT 1");
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("Storage does not answer.", e);
        }
    }
}
