using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BpoCloud.Storage.Common;

/// <summary>Opens connections to the configured engine; every SQL-backed store in BpoCloud goes through it.</summary>
public sealed class Database(StorageSettings settings) : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres =
        settings.Provider == StorageProvider.Postgres ? NpgsqlDataSource.Create(settings.ConnectionString) : null;

    public StorageSettings Settings => settings;

    public bool IsSqlite => settings.Provider == StorageProvider.Sqlite;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }
        var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public ValueTask DisposeAsync() => _postgres?.DisposeAsync() ?? ValueTask.CompletedTask;
}
