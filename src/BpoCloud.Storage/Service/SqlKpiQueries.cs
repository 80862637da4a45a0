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
    private const string Sums = """
        CAST(COALESCE(SUM(conversations), 0) AS BIGINT) AS Conversations, CAST(COALESCE(SUM(answered), 0) AS BIGINT) AS Answered, CAST(COALESCE(SUM(abandoned), 0) AS BIGINT) AS Abandoned,
        CAST(COALESCE(SUM(first_response_ms), 0) AS BIGINT) AS FirstResponseMs, CAST(COALESCE(SUM(first_response_count), 0) AS BIGINT) AS FirstResponseCount,
        CAST(COALESCE(SUM(turns), 0) AS BIGINT) AS Turns, CAST(COALESCE(SUM(answered_turns), 0) AS BIGINT) AS AnsweredTurns, CAST(COALESCE(SUM(turn_wait_ms), 0) AS BIGINT) AS TurnWaitMs, CAST(COALESCE(SUM(turns_within_3min), 0) AS BIGINT) AS TurnsWithin3Min,
        CAST(COALESCE(SUM(service_level_met), 0) AS BIGINT) AS ServiceLevelMet, CAST(COALESCE(SUM(service_level_offered), 0) AS BIGINT) AS ServiceLevelOffered,
        CAST(COALESCE(SUM(aht_ms), 0) AS BIGINT) AS AhtMs, CAST(COALESCE(SUM(aht_count), 0) AS BIGINT) AS AhtCount, CAST(COALESCE(SUM(resolved), 0) AS BIGINT) AS Resolved, CAST(COALESCE(SUM(resolved_first_contact), 0) AS BIGINT) AS ResolvedFirstContact,
        CAST(COALESCE(SUM(csat_rated), 0) AS BIGINT) AS CsatRated, CAST(COALESCE(SUM(csat_satisfied), 0) AS BIGINT) AS CsatSatisfied, CAST(COALESCE(SUM(nps_rated), 0) AS BIGINT) AS NpsRated, CAST(COALESCE(SUM(nps_promoters), 0) AS BIGINT) AS NpsPromoters,
        CAST(COALESCE(SUM(nps_detractors), 0) AS BIGINT) AS NpsDetractors, CAST(COALESCE(SUM(complaints), 0) AS BIGINT) AS Complaints,
        CAST(COALESCE(SUM(presale_conversations), 0) AS BIGINT) AS PreSaleConversations, CAST(COALESCE(SUM(presale_converted), 0) AS BIGINT) AS PreSaleConverted
        """;

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
            KpiGrouping.Hour => ("local_date AS LocalDate, local_hour AS LocalHour, utc_offset_minutes AS UtcOffsetMinutes",
                "GROUP BY brand_id, local_date, local_hour, utc_offset_minutes"),
            KpiGrouping.Day => ("local_date AS LocalDate, 0 AS LocalHour, 0 AS UtcOffsetMinutes", "GROUP BY brand_id, local_date"),
            _ => ("MIN(local_date) AS LocalDate, 0 AS LocalHour, 0 AS UtcOffsetMinutes", "GROUP BY brand_id"),
        };
        var sql = $"""
            SELECT brand_id AS BrandId, {select}, {Sums}
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
            SELECT brand_id AS BrandId, MIN(local_date) AS LocalDate, 0 AS LocalHour, 0 AS UtcOffsetMinutes, {Sums}
            FROM service_kpi_hour WHERE local_date >= @from AND local_date <= @to
            GROUP BY brand_id
            """;
        return await Query(sql, new { from = Text(from), to = Text(to) });
    }

    /// <summary>The summed counters of what started in [from, to): the window an alert rule judges.</summary>
    public async Task<KpiCounters> Window(string brandId, DateTimeOffset from, DateTimeOffset to)
    {
        var sql = $"""
            SELECT @brandId AS BrandId, '2000-01-01' AS LocalDate, 0 AS LocalHour, 0 AS UtcOffsetMinutes, {Sums}
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
        var rows = await connection.QueryAsync<Row>(sql, args);
        return [.. rows.Select(r => r.ToBucket())];
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public string BrandId { get; set; } = "";
        public string LocalDate { get; set; } = "";
        public long LocalHour { get; set; }
        public long UtcOffsetMinutes { get; set; }
        public long Conversations { get; set; }
        public long Answered { get; set; }
        public long Abandoned { get; set; }
        public long FirstResponseMs { get; set; }
        public long FirstResponseCount { get; set; }
        public long Turns { get; set; }
        public long AnsweredTurns { get; set; }
        public long TurnWaitMs { get; set; }
        public long TurnsWithin3Min { get; set; }
        public long ServiceLevelMet { get; set; }
        public long ServiceLevelOffered { get; set; }
        public long AhtMs { get; set; }
        public long AhtCount { get; set; }
        public long Resolved { get; set; }
        public long ResolvedFirstContact { get; set; }
        public long CsatRated { get; set; }
        public long CsatSatisfied { get; set; }
        public long NpsRated { get; set; }
        public long NpsPromoters { get; set; }
        public long NpsDetractors { get; set; }
        public long Complaints { get; set; }
        public long PreSaleConversations { get; set; }
        public long PreSaleConverted { get; set; }

        public KpiBucket ToBucket() => new(BrandId, DateOnly.ParseExact(LocalDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), (int)LocalHour, (int)UtcOffsetMinutes,
            new KpiCounters
            {
                Conversations = Conversations, Answered = Answered, Abandoned = Abandoned,
                FirstResponseSum = FirstResponseMs / 1000m, FirstResponseCount = FirstResponseCount,
                Turns = Turns, AnsweredTurns = AnsweredTurns, TurnWaitSum = TurnWaitMs / 1000m, TurnsWithin3Min = TurnsWithin3Min,
                ServiceLevelMet = ServiceLevelMet, ServiceLevelOffered = ServiceLevelOffered, AhtSum = AhtMs / 1000m, AhtCount = AhtCount,
                Resolved = Resolved, ResolvedFirstContact = ResolvedFirstContact, CsatRated = CsatRated, CsatSatisfied = CsatSatisfied,
                NpsRated = NpsRated, NpsPromoters = NpsPromoters, NpsDetractors = NpsDetractors, Complaints = Complaints,
                PreSaleConversations = PreSaleConversations, PreSaleConverted = PreSaleConverted,
            });
    }
}
