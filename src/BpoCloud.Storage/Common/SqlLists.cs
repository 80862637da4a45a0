using Dapper;

namespace BpoCloud.Storage.Common;

/// <summary>
/// Writes "column IN (@p0, @p1, …)" with one parameter per value. Dapper's own list expansion does not
/// reach Npgsql the same way it reaches SQLite, so lists are spelled out for both engines alike.
/// </summary>
public static class SqlLists
{
    public static string In(DynamicParameters parameters, string column, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = $"{prefix}{names.Count}";
            parameters.Add(name, value);
            names.Add("@" + name);
        }
        return names.Count == 0 ? "1 = 0" : $"{column} IN ({string.Join(", ", names)})";
    }
}
