using System.Globalization;
using BpoCloud.Domain.Service;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Service;

/// <summary>
/// KPI reads: the per-conversation rows summed per brand-local hour in the database (an index on brand and date
/// keeps a 90-day query of one brand to its own rows); totals and coarser series are sums of these hours.
/// </summary>
public sealed class SqlKpiQueries(Database database)
{
    private static readonly string Sums = KpiColumns.Sums;

    /// <summary>
    /// One brand's hours in the window, with the filters applied. Without a store or agent filter the rollup answers
    /// (a few thousand rows for 90 days); a store or agent filter sums the conversation rows themselves.
    /// </summary>
    public async Task<IReadOnlyList<KpiBucket>> Hours(string brandId, KpiFilter filter, KpiGrouping grouping = KpiGrouping.Hour)
    {
        var fromRollup = filter.StoreId is null && filter.AgentId is null;
        // Day and total buckets carry hour 0 (and the first date, for the total); callers sum buckets by date or all.
        var (select, groupBy) = grouping switch
        {
            KpiGrouping.Hour => ("local_date, local_hour, utc_offset_minutes",
                "GROUP BY brand_id, local_date, local_hour, utc_offset_minutes"),
            KpiGrouping.Day => ("local_date, 0 AS local_hour, 0 AS utc_offset_minutes", "GROUP BY brand_id, local_date"),
            _ => ("MIN(local_date) AS local_date, 0 AS local_hour, 0 AS utc_offset_minutes", "GROUP BY brand_id"),
        };
        var sql = $"""
            SELECT brand_id, {select}, {Sums}
            FROM {(fromRollup ? "service_kpi_hour" : "service_conversation")}
            WHERE brand_id = @brandId AND local_date >= @from AND local_date <= @to
              {(filter.Role is null ? "" : "AND role = @role")} {(filter.StoreId is null ? "" : "AND store_id = @storeId")}
              {(filter.AgentId is null ? "" : "AND agent_id = @agentId")}
            {groupBy}
            """;
        return await Query(sql, new { brandId, from = Text(filter.From), to = Text(filter.To), role = filter.Role, storeId = filter.StoreId, agentId = filter.AgentId });
    }

    /// <summary>Totals of every brand in the window (the firm's cross-brand overview): one bucket per brand.</summary>
    public async Task<IReadOnlyList<KpiBucket>> BrandTotals(DateOnly from, DateOnly to)
    {
        var sql = $"""
            SELECT brand_id, MIN(local_date) AS local_date, 0 AS local_hour, 0 AS utc_offset_minutes, {Sums}
            FROM service_kpi_hour WHERE local_date >= @from AND local_date <= @to
            GROUP BY brand_id
            """;
        return await Query(sql, new { from = Text(from), to = Text(to) });
    }

    /// <summary>The summed counters of what started in [from, to): the window an alert rule judges.</summary>
    public async Task<KpiCounters> Window(string brandId, DateTimeOffset from, DateTimeOffset to)
    {
        var sql = $"""
            SELECT @brandId AS brand_id, '2000-01-01' AS local_date, 0 AS local_hour, 0 AS utc_offset_minutes, {Sums}
            FROM service_conversation WHERE brand_id = @brandId AND started_at_ms >= @fromMs AND started_at_ms < @toMs
            """;
        var rows = await Query(sql, new { brandId, fromMs = from.ToUnixTimeMilliseconds(), toMs = to.ToUnixTimeMilliseconds() });
        return rows.Count == 0 ? KpiCounters.Zero : rows[0].Counters;
    }

    public async Task<IReadOnlyList<string>> BrandsWithPendingWork()
    {
        await using var connection = await database.OpenAsync();
        return [.. await connection.QueryAsync<string>("SELECT DISTINCT brand_id FROM service_dirty")];
    }

    private async Task<IReadOnlyList<KpiBucket>> Query(string sql, object args)
    {
        await using var connection = await database.OpenAsync();
        // Read by position (brand, date, hour, offset, then the counters in KpiColumns order): an hourly series is
        // thousands of rows per request, so this stays off Dapper's per-row dynamic objects.
        await using var reader = await connection.ExecuteReaderAsync(sql, args);
        var buckets = new List<KpiBucket>();
        var values = new long[KpiColumns.Counters.Length];
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Convert.ToInt64(reader.GetValue(4 + i), CultureInfo.InvariantCulture);
            }
            buckets.Add(new KpiBucket(
                reader.GetString(0),
                DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                KpiColumns.ToCounters(values)));
        }
        return buckets;
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
