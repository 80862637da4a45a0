using Npgsql;

namespace BpoCloud.Server.Tests.Infrastructure;

/// <summary>
/// Fresh, empty databases for tests: a temp SQLite file, or a new database on the PostgreSQL server
/// named by BPOCLOUD_TEST_PG (./build.sh test starts a throw-away one). PostgreSQL tests never skip:
/// without a server they fail and say why.
/// </summary>
public static class TestStorage
{
    public const string PostgresVariable = "BPOCLOUD_TEST_PG";

    public static Dictionary<string, string?> Sqlite(string? path = null) => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Path"] = path ?? NewSqlitePath(),
    };

    public static string NewSqlitePath() => Path.Combine(Path.GetTempPath(), "bpocloud-tests", $"{Guid.NewGuid():N}.db");

    public static Dictionary<string, string?> Postgres(string? connectionString = null) => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = connectionString ?? NewPostgresDatabase(),
    };

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"PostgreSQL tests need a server: set {PostgresVariable} to an Npgsql connection string, or run ./build.sh test, which starts one.");

    public static string NewPostgresDatabase()
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        var name = $"bpo_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        server.Database = name;
        server.MaxPoolSize = 20;
        return server.ConnectionString;
    }
}
