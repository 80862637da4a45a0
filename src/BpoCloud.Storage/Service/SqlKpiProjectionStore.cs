using System.Data.Common;
using System.Globalization;
using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;
using BpoCloud.Grains.Service;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Service;

/// <summary>The KPI projection's reads of the ledger and writes of KPI rows; the same SQL on SQLite and PostgreSQL.</summary>
public sealed class SqlKpiProjectionStore(Database database, SqlSlaStore slas) : IKpiProjectionStore
{
    public async Task<IReadOnlyList<DirtyItem>> TakeDirty(string brandId, int max)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(string, long)>(
            "SELECT item_key, mark FROM service_dirty WHERE brand_id = @brandId ORDER BY item_key LIMIT @max", new { brandId, max });
        return [.. rows.Select(r => new DirtyItem(r.Item1, r.Item2))];
    }

    public async Task MarkDirty(string brandId, IReadOnlyCollection<string> keys)
    {
        await using var connection = await database.OpenAsync();
        await SqlServiceLedger.MarkDirty(connection, null, brandId, keys);
    }

    public async Task<IReadOnlyList<string>> ConversationsOfCustomers(string brandId, IReadOnlyCollection<string> customerIds)
    {
        var found = new List<string>();
        foreach (var chunk in customerIds.Chunk(500))
        {
            var parameters = new DynamicParameters(new { brandId });
            var sql = $"""
                SELECT DISTINCT conversation_id FROM service_event
                WHERE brand_id = @brandId AND type = 'conversation.started' AND conversation_id IS NOT NULL
                  AND {SqlLists.In(parameters, "customer_id", "u", chunk)}
                """;
            await using var connection = await database.OpenAsync();
            found.AddRange(await connection.QueryAsync<string>(sql, parameters));
        }
        return found;
    }

    public async Task<IReadOnlyDictionary<string, List<ServiceEvent>>> EventsOfConversations(string brandId, IReadOnlyCollection<string> conversationIds)
    {
        var result = new Dictionary<string, List<ServiceEvent>>(StringComparer.Ordinal);
        foreach (var chunk in conversationIds.Chunk(500))
        {
            var parameters = new DynamicParameters(new { brandId });
            var sql = $"SELECT conversation_id, body FROM service_event WHERE brand_id = @brandId AND {SqlLists.In(parameters, "conversation_id", "c", chunk)}";
            await using var connection = await database.OpenAsync();
            foreach (var (conversation, body) in await connection.QueryAsync<(string, string)>(sql, parameters))
            {
                if (!result.TryGetValue(conversation, out var list))
                {
                    result[conversation] = list = [];
                }
                list.Add(ServiceEventJson.Read(body));
            }
        }
        return result;
    }

    public async Task<IReadOnlyList<ServiceEvent>> EventsById(string brandId, IReadOnlyCollection<string> eventIds)
    {
        if (eventIds.Count == 0)
        {
            return [];
        }
        var parameters = new DynamicParameters(new { brandId });
        var sql = $"SELECT body FROM service_event WHERE brand_id = @brandId AND {SqlLists.In(parameters, "event_id", "e", eventIds)}";
        await using var connection = await database.OpenAsync();
        return [.. (await connection.QueryAsync<string>(sql, parameters)).Select(ServiceEventJson.Read)];
    }

    public async Task<ICustomerActivity> ActivityOf(string brandId, IReadOnlyCollection<string> customerIds)
    {
        var events = new List<ServiceEvent>();
        foreach (var chunk in customerIds.Chunk(500))
        {
            var parameters = new DynamicParameters(new { brandId });
            var sql = $"""
                SELECT body FROM service_event
                WHERE brand_id = @brandId AND type IN ('conversation.started', 'order.placed') AND {SqlLists.In(parameters, "customer_id", "u", chunk)}
                """;
            await using var connection = await database.OpenAsync();
            events.AddRange((await connection.QueryAsync<string>(sql, parameters)).Select(ServiceEventJson.Read));
        }
        return CustomerActivity.From(events);
    }

    public Task<IReadOnlyList<SlaPolicy>> SlaPolicies(string brandId) => slas.Policies(brandId);

    /// <summary>
    /// Rewrites conversation rows and, in the same transaction, adds (new − old) of each to its hour in the rollup,
    /// so the rollup always equals the sum of the rows. The projection grain is the brand's only writer of both.
    /// </summary>
    public async Task Save(string brandId, IReadOnlyList<KpiRow> rows, IReadOnlyCollection<string> removedKeys)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var deltas = new Dictionary<HourBucket, long[]>();
        foreach (var (bucket, values) in await Stored(connection, transaction, brandId, [.. rows.Select(r => r.Key).Concat(removedKeys).Distinct()]))
        {
            AddTo(deltas, bucket, values, -1);
        }
        foreach (var row in rows)
        {
            AddTo(deltas, new HourBucket(row.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.LocalHour, row.UtcOffsetMinutes,
                row.Role is { } role ? RoleName(role) : ""), KpiColumns.Values(row.Counters), +1);
        }
        if (removedKeys.Count > 0)
        {
            var parameters = new DynamicParameters(new { brandId });
            await connection.ExecuteAsync(
                $"DELETE FROM service_conversation WHERE brand_id = @brandId AND {SqlLists.In(parameters, "item_key", "k", removedKeys)}", parameters, transaction);
        }
        await MultiRowInsert.Execute(connection, transaction, $"INSERT INTO service_conversation ({string.Join(", ", Columns)})", UpsertTail, Columns,
            rows.Select(r => RowValues(brandId, r)));
        // Hours are written in one fixed order, so two writers could never lock the same rows in opposite orders.
        var changed = deltas.Where(d => d.Value.Any(v => v != 0))
            .OrderBy(d => d.Key.LocalDate, StringComparer.Ordinal).ThenBy(d => d.Key.LocalHour).ThenBy(d => d.Key.UtcOffsetMinutes)
            .ThenBy(d => d.Key.Role, StringComparer.Ordinal);
        await MultiRowInsert.Execute(connection, transaction, $"INSERT INTO service_kpi_hour ({string.Join(", ", RollupColumns)})", RollupTail, RollupColumns,
            changed.Select(d => RollupValues(brandId, d.Key, d.Value)));
        await transaction.CommitAsync();
    }

    private static async Task<List<(HourBucket, long[])>> Stored(DbConnection connection, DbTransaction transaction, string brandId, IReadOnlyCollection<string> keys)
    {
        var found = new List<(HourBucket, long[])>();
        foreach (var chunk in keys.Chunk(500))
        {
            var parameters = new DynamicParameters(new { brandId });
            var sql = $"SELECT local_date, local_hour, utc_offset_minutes, role, {string.Join(", ", KpiColumns.Counters)} FROM service_conversation " +
                      $"WHERE brand_id = @brandId AND {SqlLists.In(parameters, "item_key", "k", chunk)}";
            foreach (IDictionary<string, object> row in await connection.QueryAsync(sql, parameters, transaction))
            {
                var bucket = new HourBucket((string)row["local_date"], Convert.ToInt64(row["local_hour"], CultureInfo.InvariantCulture),
                    Convert.ToInt64(row["utc_offset_minutes"], CultureInfo.InvariantCulture), row["role"] as string ?? "");
                found.Add((bucket, KpiColumns.Read(row)));
            }
        }
        return found;
    }

    private static void AddTo(Dictionary<HourBucket, long[]> deltas, HourBucket bucket, long[] values, int sign)
    {
        if (!deltas.TryGetValue(bucket, out var sum))
        {
            deltas[bucket] = sum = new long[KpiColumns.Counters.Length];
        }
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += sign * values[i];
        }
    }

    private static DynamicParameters RollupParameters(string brandId, HourBucket bucket, long[] values)
    {
        var p = new DynamicParameters();
        p.Add("brand_id", brandId);
        p.Add("local_date", bucket.LocalDate);
        p.Add("local_hour", (int)bucket.LocalHour);
        p.Add("utc_offset_minutes", (int)bucket.UtcOffsetMinutes);
        p.Add("role", bucket.Role);
        for (var i = 0; i < KpiColumns.Counters.Length; i++)
        {
            p.Add(KpiColumns.Counters[i], values[i]);
        }
        return p;
    }

    public async Task ClearDirty(string brandId, IReadOnlyList<DirtyItem> items)
    {
        await using var connection = await database.OpenAsync();
        foreach (var chunk in items.Chunk(200))
        {
            // One statement per chunk: (item_key = @k0 AND mark = @m0) OR …, so a key re-marked meanwhile stays.
            var parameters = new DynamicParameters(new { brandId });
            var matches = chunk.Select((item, i) =>
            {
                parameters.Add($"k{i}", item.Key);
                parameters.Add($"m{i}", item.Mark);
                return $"(item_key = @k{i} AND mark = @m{i})";
            });
            await connection.ExecuteAsync($"DELETE FROM service_dirty WHERE brand_id = @brandId AND ({string.Join(" OR ", matches)})", parameters);
        }
    }

    private static readonly string[] Columns =
        ["brand_id", "item_key", "local_date", "local_hour", "utc_offset_minutes", "started_at_ms", "store_id", "role", "agent_id", "customer_id", .. KpiColumns.Counters];

    private static readonly string UpsertTail =
        $"ON CONFLICT (brand_id, item_key) DO UPDATE SET {string.Join(", ", Columns.Skip(2).Select(c => $"{c} = excluded.{c}"))}";

    private static readonly string[] RollupColumns = ["brand_id", "local_date", "local_hour", "utc_offset_minutes", "role", .. KpiColumns.Counters];

    private static readonly string RollupTail =
        "ON CONFLICT (brand_id, local_date, local_hour, utc_offset_minutes, role) DO UPDATE SET " +
        string.Join(", ", KpiColumns.Counters.Select(c => $"{c} = service_kpi_hour.{c} + excluded.{c}"));

    private static object?[] RollupValues(string brandId, HourBucket bucket, long[] values) =>
        [brandId, bucket.LocalDate, (int)bucket.LocalHour, (int)bucket.UtcOffsetMinutes, bucket.Role, .. values.Cast<object?>()];

    private static object?[] RowValues(string brandId, KpiRow row) =>
    [
        brandId, row.Key, row.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.LocalHour, row.UtcOffsetMinutes,
        row.StartedAt.ToUnixTimeMilliseconds(), row.StoreId, row.Role is { } role ? RoleName(role) : null, row.AgentId, row.CustomerId,
        .. KpiColumns.Values(row.Counters).Cast<object?>(),
    ];

    public static string RoleName(ServiceRole role) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

}
