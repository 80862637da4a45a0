using Microsoft.Data.Sqlite;
using Npgsql;

namespace BpoCloud.Storage.Common;

/// <summary>Recognizes the same database error on both engines.</summary>
public static class DbErrors
{
    public static bool IsUniqueViolation(Exception e) => e switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    };
}
