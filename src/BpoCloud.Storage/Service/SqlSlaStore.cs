using System.Globalization;
using BpoCloud.Domain.Service;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Service;

/// <summary>SLA policy versions per brand. A PUT with an existing effective date replaces that version.</summary>
public sealed class SqlSlaStore(Database database)
{
    public async Task<IReadOnlyList<SlaPolicy>> Policies(string brandId)
    {
        await using var connection = await database.OpenAsync();
        var bodies = await connection.QueryAsync<string>("SELECT body FROM service_sla WHERE brand_id = @brandId ORDER BY effective_from", new { brandId });
        return [.. bodies.Select(StorageJson.Read<SlaPolicy>)];
    }

    /// <summary>Stores the policy and marks every conversation from its effective date on for recomputation.</summary>
    public async Task Put(string brandId, SlaPolicy policy)
    {
        var from = policy.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO service_sla (brand_id, effective_from, body) VALUES (@brandId, @from, @body)
            ON CONFLICT (brand_id, effective_from) DO UPDATE SET body = excluded.body
            """, new { brandId, from, body = StorageJson.Write(policy) }, transaction);
        await connection.ExecuteAsync(
            """
            INSERT INTO service_dirty (brand_id, item_key, mark)
            SELECT brand_id, item_key, @mark FROM service_conversation WHERE brand_id = @brandId AND local_date >= @from ORDER BY item_key
            ON CONFLICT (brand_id, item_key) DO UPDATE SET mark = excluded.mark
            """, new { brandId, from, mark = Random.Shared.NextInt64() }, transaction);
        await transaction.CommitAsync();
    }
}
