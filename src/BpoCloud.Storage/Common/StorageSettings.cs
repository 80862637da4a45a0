using Microsoft.Data.Sqlite;

namespace BpoCloud.Storage.Common;

/// <summary>The resolved storage configuration: which engine, and how to reach it.</summary>
public sealed record StorageSettings(StorageProvider Provider, string ConnectionString)
{
    /// <summary>The ADO.NET invariant name Orleans' providers expect for this engine.</summary>
    public string OrleansInvariant => Provider == StorageProvider.Sqlite ? "System.Data.SQLite" : "Npgsql";

    public static StorageSettings ForSqliteFile(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Busy waits are retried by Microsoft.Data.Sqlite up to this many seconds before "database is locked".
            DefaultTimeout = 30,
        };
        return new StorageSettings(StorageProvider.Sqlite, cs.ToString());
    }

    public static StorageSettings ForPostgres(string connectionString) => new(StorageProvider.Postgres, connectionString);
}
