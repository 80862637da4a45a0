using BpoCloud.Storage.Common;
using BpoCloud.Storage.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;

namespace BpoCloud.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo test cluster on a real SQLite file with the real schema, read models and tenant guard:
/// the same storage wiring the server uses, so grain tests see what production sees.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string SqlitePathKey = "BpoCloudTests:SqlitePath";

    public string SqlitePath { get; } = Path.Combine(Path.GetTempPath(), "bpocloud-grain-tests", $"{Guid.NewGuid():N}.db");

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public StorageSettings Storage => StorageSettings.ForSqliteFile(SqlitePath);

    public async Task InitializeAsync()
    {
        await using (var database = new Database(Storage))
        {
            await new SchemaMigrator(database, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        }
        var builder = new TestClusterBuilder(2);
        builder.Properties[SqlitePathKey] = SqlitePath;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo) =>
            silo.AddBpoCloudStorage(StorageSettings.ForSqliteFile(silo.Configuration[SqlitePathKey]!));
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "two-silo cluster";
}
