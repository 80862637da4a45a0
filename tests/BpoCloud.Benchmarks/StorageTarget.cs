using System.Globalization;
using Npgsql;

namespace BpoCloud.Benchmarks;

/// <summary>
/// A fresh, empty store for one run and the server settings that point at it. Fresh matters: the list and
/// create figures depend on table size, and a PostgreSQL cluster table left by an earlier run would add dead silos.
/// </summary>
public sealed class StorageTarget : IAsyncDisposable
{
    public const string PostgresEnvironmentVariable = "BPOCLOUD_BENCH_PG";

    private readonly Func<Task> _cleanUp;

    private StorageTarget(StorageKind kind, string description, IReadOnlyDictionary<string, string> serverSettings, Func<Task> cleanUp)
    {
        Kind = kind;
        Description = description;
        ServerSettings = serverSettings;
        _cleanUp = cleanUp;
    }

    public StorageKind Kind { get; }

    /// <summary>Where the data lives, for the report (never includes a password).</summary>
    public string Description { get; }

    /// <summary>Environment variables for the server process.</summary>
    public IReadOnlyDictionary<string, string> ServerSettings { get; }

    public static StorageTarget Sqlite(string workDirectory, bool keep)
    {
        var path = Path.Combine(workDirectory, "bench.db");
        var settings = new Dictionary<string, string> { ["Storage__Provider"] = "Sqlite", ["Storage__Sqlite__Path"] = path };
        return new StorageTarget(StorageKind.Sqlite, $"SQLite file {path}", settings, () =>
        {
            if (!keep)
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
                {
                    File.Delete(file);
                }
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>Creates a new database in the server named by BPOCLOUD_BENCH_PG and points the server at it.</summary>
    public static Task<StorageTarget> Postgres(bool keep, CancellationToken cancellationToken) =>
        // Lower-case letters and digits only, so the name needs no quoting.
        Postgres("bpocloud_bench_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "_" +
            Guid.NewGuid().ToString("N")[..6], keep, cancellationToken);

    /// <summary>
    /// Points the server at <paramref name="database"/>, created unless it exists (then <see cref="Reused"/> is true:
    /// a kept data set is used again). The name must need no quoting (BenchOptions checks it).
    /// </summary>
    public static async Task<StorageTarget> Postgres(string database, bool keep, CancellationToken cancellationToken)
    {
        var adminConnectionString = Environment.GetEnvironmentVariable(PostgresEnvironmentVariable);
        if (string.IsNullOrWhiteSpace(adminConnectionString))
        {
            throw new BenchmarkException($"PostgreSQL runs need {PostgresEnvironmentVariable} (an Npgsql connection string); `./build.sh bench` sets it.");
        }
        bool exists;
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var probe = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            probe.Parameters.AddWithValue("name", database);
            exists = await probe.ExecuteScalarAsync(cancellationToken) is not null;
            if (!exists)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database };
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = builder.ConnectionString,
            // Keeps the silo's advertised address on loopback, like the HTTP port.
            ["Orleans__AdvertisedIP"] = "127.0.0.1",
        };
        var description = $"PostgreSQL database {database} on {builder.Host}:{builder.Port}";
        return new StorageTarget(StorageKind.Postgres, description, settings, async () =>
        {
            // A database this run did not create is never dropped by it.
            if (keep || exists)
            {
                return;
            }
            await using var admin = new NpgsqlConnection(adminConnectionString);
            await admin.OpenAsync();
            // FORCE: the server was killed, and its pooled connections may not be gone yet.
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        })
        { Reused = exists };
    }

    /// <summary>True when the database existed before this run (kept by an earlier run with --keep-data).</summary>
    public bool Reused { get; private init; }

    public async ValueTask DisposeAsync() => await _cleanUp();
}
