using BpoCloud.Storage.Common;
using BpoCloud.Storage.Schema;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BpoCloud.Storage.Tests.Schema;

/// <summary>The schema is applied once, recorded, re-applied as a no-op, and a newer database is refused; on both engines.</summary>
public abstract class SchemaMigratorContract
{
    protected abstract StorageSettings FreshDatabase();

    private static SchemaMigrator Migrator(Database database) => new(database, TimeProvider.System, NullLogger<SchemaMigrator>.Instance);

    [Fact]
    public async Task A_fresh_database_gets_every_script_once_and_a_second_run_changes_nothing()
    {
        await using var database = new Database(FreshDatabase());
        var expected = SchemaScripts.For(database.Settings.Provider).Select(s => s.Version).ToList();

        var first = await Migrator(database).MigrateAsync();
        var second = await Migrator(database).MigrateAsync();

        await using var connection = await database.OpenAsync();
        var recorded = (await connection.QueryAsync<int>("SELECT version FROM bpocloud_schema_version ORDER BY version")).ToList();
        Assert.Equal(expected, recorded);
        Assert.Equal(first, second);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM service_event"));
    }

    [Fact]
    public async Task A_database_migrated_by_a_newer_build_is_refused_with_a_clear_error()
    {
        await using var database = new Database(FreshDatabase());
        await Migrator(database).MigrateAsync();
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("INSERT INTO bpocloud_schema_version (version, name, applied_at) VALUES (99999, '99999-future.sql', 'x')");
        }

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => Migrator(database).MigrateAsync());

        Assert.Equal(99999, error.DatabaseVersion);
        Assert.Contains("will not start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_engine_has_its_orleans_scripts_and_the_common_bpocloud_scripts_with_unique_versions()
    {
        var scripts = SchemaScripts.For(FreshDatabase().Provider);

        Assert.Equal(scripts.Count, scripts.Select(s => s.Version).Distinct().Count());
        Assert.Contains(scripts, s => s.Name.Contains("orleans-persistence", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s.Name.Contains("bpocloud-service", StringComparison.Ordinal));
    }
}

public sealed class SchemaMigratorOnSqlite : SchemaMigratorContract
{
    protected override StorageSettings FreshDatabase() =>
        StorageSettings.ForSqliteFile(Path.Combine(Path.GetTempPath(), "bpocloud-storage-tests", $"{Guid.NewGuid():N}.db"));
}

public sealed class SchemaMigratorOnPostgres : SchemaMigratorContract
{
    protected override StorageSettings FreshDatabase()
    {
        var server = Environment.GetEnvironmentVariable("BPOCLOUD_TEST_PG") is { Length: > 0 } cs
            ? new NpgsqlConnectionStringBuilder(cs)
            : throw new InvalidOperationException("Set BPOCLOUD_TEST_PG (./build.sh test starts a throw-away PostgreSQL).");
        var name = $"bpo_schema_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        server.Database = name;
        return StorageSettings.ForPostgres(server.ConnectionString);
    }
}
