using Microsoft.Data.Sqlite;
using Npgsql;

namespace BpoCloud.Storage.Common;

/// <summary>Recognizes the same database error on both engines.</summary>
public static class DbErrors
{
    /// <summary>A deadlock victim or serialization failure (PostgreSQL), or a busy database (SQLite): running again may succeed.</summary>
    public static bool IsTransient(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        _ => false,
    };

    public static bool IsUniqueViolation(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
