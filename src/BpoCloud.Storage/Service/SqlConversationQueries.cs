using System.Globalization;
using BpoCloud.Domain.Service;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Storage.Service;

/// <summary>Drill-down below the KPIs: the conversations of a window, and one conversation's events.</summary>
public sealed class SqlConversationQueries(Database database)
{
    public async Task<Page<ConversationRow>> List(string brandId, KpiFilter filter, int limit, string? cursor)
    {
        if (!PageCursor.TryDecode(cursor, 2, out var keys))
        {
            throw new InvalidCursorException();
        }
        var sql = $"""
            SELECT item_key, started_at_ms, utc_offset_minutes, store_id, role, agent_id, customer_id, answered, abandoned, first_response_ms,
                   first_response_count, turns, turns_within_3min, resolved, resolved_first_contact, csat_rated, csat_satisfied, complaints,
                   presale_conversations, presale_converted
            FROM service_conversation
            WHERE brand_id = @brandId AND local_date >= @from AND local_date <= @to AND conversations = 1
              {(filter.Role is null ? "" : "AND role = @role")} {(filter.StoreId is null ? "" : "AND store_id = @storeId")}
              {(filter.AgentId is null ? "" : "AND agent_id = @agentId")}
              {(keys.Length == 2 ? "AND (started_at_ms > @afterMs OR (started_at_ms = @afterMs AND item_key > @afterKey))" : "")}
            ORDER BY started_at_ms, item_key LIMIT @take
            """;
        await using var connection = await database.OpenAsync();
        var rows = (await connection.QueryAsync<Row>(sql, new
        {
            brandId,
            from = filter.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to = filter.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            role = filter.Role,
            storeId = filter.StoreId,
            agentId = filter.AgentId,
            afterMs = keys.Length == 2 ? long.Parse(keys[0], CultureInfo.InvariantCulture) : 0,
            afterKey = keys.Length == 2 ? keys[1] : null,
            take = limit + 1,
        })).ToList();
        var page = Page<Row>.From(rows, limit, r => PageCursor.Encode(r.started_at_ms.ToString(CultureInfo.InvariantCulture), r.item_key));
        return new Page<ConversationRow>([.. page.Items.Select(r => r.ToConversation())], page.NextCursor);
    }

    public async Task<IReadOnlyList<ServiceEvent>> Events(string brandId, string conversationId)
    {
        await using var connection = await database.OpenAsync();
        var bodies = await connection.QueryAsync<string>(
            "SELECT body FROM service_event WHERE brand_id = @brandId AND conversation_id = @conversationId", new { brandId, conversationId });
        return [.. bodies.Select(ServiceEventJson.Read).OrderBy(e => e, ServiceEventOrder.Instance)];
    }

    public async Task<ConversationRow?> One(string brandId, string conversationId)
    {
        await using var connection = await database.OpenAsync();
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            """
            SELECT item_key, started_at_ms, utc_offset_minutes, store_id, role, agent_id, customer_id, answered, abandoned, first_response_ms,
                   first_response_count, turns, turns_within_3min, resolved, resolved_first_contact, csat_rated, csat_satisfied, complaints,
                   presale_conversations, presale_converted
            FROM service_conversation WHERE brand_id = @brandId AND item_key = @conversationId AND conversations = 1
            """, new { brandId, conversationId });
        return row?.ToConversation();
    }

    private sealed class Row
    {
        public string item_key { get; set; } = "";
        public long started_at_ms { get; set; }
        public long utc_offset_minutes { get; set; }
        public string? store_id { get; set; }
        public string? role { get; set; }
        public string? agent_id { get; set; }
        public string? customer_id { get; set; }
        public long answered { get; set; }
        public long abandoned { get; set; }
        public long first_response_ms { get; set; }
        public long first_response_count { get; set; }
        public long turns { get; set; }
        public long turns_within_3min { get; set; }
        public long resolved { get; set; }
        public long resolved_first_contact { get; set; }
        public long csat_rated { get; set; }
        public long csat_satisfied { get; set; }
        public long complaints { get; set; }
        public long presale_conversations { get; set; }
        public long presale_converted { get; set; }

        public ConversationRow ToConversation() => new(
            item_key,
            DateTimeOffset.FromUnixTimeMilliseconds(started_at_ms).ToOffset(TimeSpan.FromMinutes(utc_offset_minutes)),
            store_id, role, agent_id, customer_id, answered == 1, abandoned == 1,
            first_response_count == 1 ? first_response_ms / 1000m : null,
            turns, turns_within_3min, resolved == 1, resolved_first_contact == 1,
            csat_rated == 1 ? csat_satisfied == 1 : null,
            complaints,
            presale_conversations == 1 ? presale_converted == 1 : null);
    }
}
