using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Identity;

/// <summary>
/// Generated values every server of a cluster must agree on. GetOrAdd inserts a candidate only if the
/// name is new and then reads back whatever won, so servers starting together end with the same value.
/// </summary>
public sealed class SqlSettingStore(Database database)
{
    public async Task<string> GetOrAdd(string name, Func<string> candidate)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO bpocloud_setting (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING",
            new { name, value = candidate() });
        return await connection.ExecuteScalarAsync<string>("SELECT value FROM bpocloud_setting WHERE name = @name", new { name }) ?? "";
    }
}
