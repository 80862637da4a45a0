using System.Data.Common;
using BpoCloud.Storage.Common;
using Dapper;
using Microsoft.Extensions.Logging;

namespace BpoCloud.Storage.Schema;

/// <summary>
/// Brings the database up to the schema this build needs, at start-up, before the silo starts.
/// Each script runs once, in its own transaction, and its version is recorded in bpocloud_schema_version.
/// Several servers starting together are serialized (an advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite).
/// A database newer than the code is refused with a clear error.
/// </summary>
public sealed class SchemaMigrator(Database database, TimeProvider clock, ILogger<SchemaMigrator> logger)
{
    // Any fixed number; it only has to be the same for every BpoCloud server sharing a database.
    private const long PostgresLockKey = 7_311_204_002;

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var scripts = SchemaScripts.For(database.Settings.Provider);
        var latest = scripts.Max(s => s.Version);
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.IsSqlite)
        {
            // WAL lets readers run beside the single writer; the setting is stored in the file.
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        }
        else
        {
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = PostgresLockKey });
        }
        try
        {
            await connection.ExecuteAsync(
                "CREATE TABLE IF NOT EXISTS bpocloud_schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            var current = await connection.ExecuteScalarAsync<int?>("SELECT MAX(version) FROM bpocloud_schema_version") ?? 0;
            if (current > latest)
            {
                throw new SchemaTooNewException(current, latest);
            }
            foreach (var script in scripts.Where(s => s.Version > current))
            {
                await ApplyAsync(connection, script, cancellationToken);
            }
            if (current < latest)
            {
                logger.LogInformation("Database schema migrated from version {From} to {To}", current, latest);
            }
            return latest;
        }
        finally
        {
            if (!database.IsSqlite)
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = PostgresLockKey });
            }
        }
    }

    private async Task ApplyAsync(DbConnection connection, SchemaScript script, CancellationToken cancellationToken)
    {
        if (database.IsSqlite)
        {
            // A deferred transaction could lose a race with another writer half way; IMMEDIATE takes the write lock up front.
            await connection.ExecuteAsync("BEGIN IMMEDIATE");
            try
            {
                await RunAsync(connection, null, script);
                await connection.ExecuteAsync("COMMIT");
            }
            catch
            {
                await connection.ExecuteAsync("ROLLBACK");
                throw;
            }
        }
        else
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await RunAsync(connection, transaction, script);
            await transaction.CommitAsync(cancellationToken);
        }
        logger.LogInformation("Applied schema script {Script}", script.Name);
    }

    private async Task RunAsync(DbConnection connection, DbTransaction? transaction, SchemaScript script)
    {
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = script.Sql;
            command.CommandTimeout = 300;
            await command.ExecuteNonQueryAsync();
        }
        await connection.ExecuteAsync(
            "INSERT INTO bpocloud_schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
            new { script.Version, script.Name, AppliedAt = clock.GetUtcNow().ToString("O") },
            transaction);
    }
}
