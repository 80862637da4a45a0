using BpoCloud.Storage.Schema;

namespace BpoCloud.Server.Extensions;

/// <summary>Applies the schema at start-up, before the Orleans silo starts (hosted services start in order).</summary>
public sealed class SchemaMigrationService(SchemaMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
