using System.Data.Common;
using Dapper;

namespace BpoCloud.Storage.Common;

/// <summary>
/// Writes many rows in a few statements — INSERT … VALUES (…), (…), … with one parameter per value — instead of one
/// round trip per row. The same SQL runs on SQLite and PostgreSQL; chunks stay far below both engines' parameter limits.
/// </summary>
public static class MultiRowInsert
{
    private const int RowsPerStatement = 100;

    /// <param name="head">"INSERT INTO t (a, b)"</param>
    /// <param name="tail">what follows the VALUES list, e.g. an ON CONFLICT clause</param>
    public static async Task Execute(DbConnection connection, DbTransaction? transaction, string head, string tail,
        IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var parameters = new DynamicParameters();
            var values = new List<string>(chunk.Length);
            for (var r = 0; r < chunk.Length; r++)
            {
                var names = new string[columns.Count];
                for (var c = 0; c < columns.Count; c++)
                {
                    names[c] = $"@r{r}c{c}";
                    parameters.Add(names[c][1..], chunk[r][c]);
                }
                values.Add("(" + string.Join(", ", names) + ")");
            }
            await connection.ExecuteAsync($"{head} VALUES {string.Join(", ", values)} {tail}", parameters, transaction);
        }
    }
}
