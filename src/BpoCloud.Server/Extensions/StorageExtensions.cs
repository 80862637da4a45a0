using BpoCloud.Grains.Roster;
using BpoCloud.Storage.Common;
using BpoCloud.Storage.Roster;
using BpoCloud.Storage.Schema;

namespace BpoCloud.Server.Extensions;

/// <summary>Chooses the storage engine from configuration and registers everything that talks to it.</summary>
public static class StorageExtensions
{
    public const string DefaultSqlitePath = "./data/bpocloud.db";

    public static StorageSettings ReadStorageSettings(this IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"] ?? nameof(StorageProvider.Sqlite);
        if (provider.Equals(nameof(StorageProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return StorageSettings.ForSqliteFile(configuration["Storage:Sqlite:Path"] ?? DefaultSqlitePath);
        }
        if (provider.Equals(nameof(StorageProvider.Postgres), StringComparison.OrdinalIgnoreCase))
        {
            var cs = configuration.GetConnectionString("Postgres");
            return string.IsNullOrWhiteSpace(cs)
                ? throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Postgres is not set.")
                : StorageSettings.ForPostgres(cs);
        }
        throw new InvalidOperationException($"Storage:Provider '{provider}' is not known; use Sqlite or Postgres.");
    }

    public static IHostApplicationBuilder AddBpoCloudStorage(this IHostApplicationBuilder builder, StorageSettings settings)
    {
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<Database>();
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddSingleton<IRosterReadModel, SqlRosterReadModel>();
        builder.Services.AddSingleton<RosterQueries>();
        // Registered before Orleans so it runs first: the silo needs its tables before it can join or load state.
        builder.Services.AddHostedService<SchemaMigrationService>();
        return builder;
    }
}
