using System.Data.Common;
using BpoCloud.Domain.Service;
using BpoCloud.Grains.Service;
using BpoCloud.Storage.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace BpoCloud.Storage.Service;

/// <summary>
/// Appends event batches to the ledger, exactly once per (brand, event id), and marks what they change — in one
/// transaction, committed before the caller answers, so an acknowledged event is never lost and a replayed batch
/// changes nothing. PostgreSQL takes the whole batch in one statement (arrays unnested server-side).
/// </summary>
public sealed class SqlServiceLedger(Database database)
{
    public async Task<IngestResult> Append(string brandId, IReadOnlyList<ServiceEvent> events, DateTimeOffset receivedAt)
    {
        // Rows and keys go in a fixed (ordinal) order, so two batches of one brand lock shared keys in the same order
        // and cannot deadlock; should the database still pick this transaction as a victim, it is simply run again.
        var rows = events.Select(ToRow).OrderBy(r => r.EventId, StringComparer.Ordinal).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AppendOnce(brandId, events, rows, receivedAt);
            }
            catch (Exception e) when (attempt < 3 && DbErrors.IsTransient(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt));
            }
        }
    }

    private async Task<IngestResult> AppendOnce(string brandId, IReadOnlyList<ServiceEvent> events, List<LedgerRow> rows, DateTimeOffset receivedAt)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var accepted = database.IsSqlite
            ? await InsertEach(connection, transaction, brandId, rows, receivedAt)
            : await InsertUnnested((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, brandId, rows, receivedAt);
        // A repeated id inside one batch is a duplicate too: the first occurrence is the one stored.
        var acceptedEvents = events.DistinctBy(e => e.Id).Where(e => accepted.Contains(e.Id)).ToList();
        await MarkDirty(connection, transaction, brandId, DirtyKeys(acceptedEvents));
        await transaction.CommitAsync();
        return new IngestResult(acceptedEvents.Count, events.Count - acceptedEvents.Count);
    }

    /// <summary>What an accepted event makes stale: its conversation, itself if it stands alone, its customer's history.</summary>
    public static IReadOnlyCollection<string> DirtyKeys(IEnumerable<ServiceEvent> accepted)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in accepted)
        {
            if (e.ConversationId is not null)
            {
                keys.Add(e.ConversationId);
            }
            else if (e.Type is ServiceEventType.NpsRated or ServiceEventType.ComplaintOpened)
            {
                keys.Add(DirtyItem.EventPrefix + e.Id);
            }
            if (e.CustomerId is not null && e.Type is ServiceEventType.ConversationStarted or ServiceEventType.OrderPlaced)
            {
                keys.Add(DirtyItem.CustomerPrefix + e.CustomerId);
            }
        }
        return keys;
    }

    public static LedgerRow ToRow(ServiceEvent e) => new(
        e.Id, ServiceEventTypeNames.ToWireName(e.Type), e.OccurredAt.ToUnixTimeMilliseconds(), e.ConversationId, e.CustomerId, ServiceEventJson.Write(e));

    public static async Task MarkDirty(DbConnection connection, DbTransaction? transaction, string brandId, IReadOnlyCollection<string> unordered)
    {
        if (unordered.Count == 0)
        {
            return;
        }
        var keys = unordered.Order(StringComparer.Ordinal).ToList();
        var mark = Random.Shared.NextInt64();
        if (connection is NpgsqlConnection pg)
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO service_dirty (brand_id, item_key, mark) SELECT @brand, k, @mark FROM unnest(@keys) AS k
                ON CONFLICT (brand_id, item_key) DO UPDATE SET mark = excluded.mark
                """, pg, (NpgsqlTransaction?)transaction);
            command.Parameters.AddWithValue("brand", brandId);
            command.Parameters.AddWithValue("mark", mark);
            command.Parameters.AddWithValue("keys", keys.ToArray());
            await command.ExecuteNonQueryAsync();
            return;
        }
        await connection.ExecuteAsync(
            "INSERT INTO service_dirty (brand_id, item_key, mark) VALUES (@brand, @key, @mark) ON CONFLICT (brand_id, item_key) DO UPDATE SET mark = excluded.mark",
            keys.Select(k => new { brand = brandId, key = k, mark }), transaction);
    }

    private static async Task<HashSet<string>> InsertUnnested(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string brandId, List<LedgerRow> rows, DateTimeOffset receivedAt)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO service_event (brand_id, event_id, type, occurred_at_ms, conversation_id, customer_id, body, received_at_ms)
            SELECT @brand, e.id, e.type, e.occurred, e.conversation, e.customer, e.body, @received
            FROM unnest(@ids, @types, @occurred, @conversations, @customers, @bodies) AS e(id, type, occurred, conversation, customer, body)
            ON CONFLICT (brand_id, event_id) DO NOTHING
            RETURNING event_id
            """, connection, transaction);
        command.Parameters.AddWithValue("brand", brandId);
        command.Parameters.AddWithValue("received", receivedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("ids", rows.Select(r => r.EventId).ToArray());
        command.Parameters.AddWithValue("types", rows.Select(r => r.Type).ToArray());
        command.Parameters.AddWithValue("occurred", rows.Select(r => r.OccurredAtMs).ToArray());
        command.Parameters.Add(new NpgsqlParameter("conversations", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => (object?)r.ConversationId ?? DBNull.Value).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("customers", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => (object?)r.CustomerId ?? DBNull.Value).ToArray() });
        command.Parameters.AddWithValue("bodies", rows.Select(r => r.Body).ToArray());
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            accepted.Add(reader.GetString(0));
        }
        return accepted;
    }

    private static async Task<HashSet<string>> InsertEach(
        DbConnection connection, DbTransaction transaction, string brandId, List<LedgerRow> rows, DateTimeOffset receivedAt)
    {
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            """
            INSERT INTO service_event (brand_id, event_id, type, occurred_at_ms, conversation_id, customer_id, body, received_at_ms)
            VALUES (@brand, @id, @type, @occurred, @conversation, @customer, @body, @received)
            ON CONFLICT (brand_id, event_id) DO NOTHING
            """;
        var parameters = new[] { "brand", "id", "type", "occurred", "conversation", "customer", "body", "received" }
            .ToDictionary(n => n, n => { var p = command.CreateParameter(); p.ParameterName = "@" + n; command.Parameters.Add(p); return p; });
        parameters["brand"].Value = brandId;
        parameters["received"].Value = receivedAt.ToUnixTimeMilliseconds();
        foreach (var row in rows)
        {
            parameters["id"].Value = row.EventId;
            parameters["type"].Value = row.Type;
            parameters["occurred"].Value = row.OccurredAtMs;
            parameters["conversation"].Value = (object?)row.ConversationId ?? DBNull.Value;
            parameters["customer"].Value = (object?)row.CustomerId ?? DBNull.Value;
            parameters["body"].Value = row.Body;
            if (await command.ExecuteNonQueryAsync() == 1)
            {
                accepted.Add(row.EventId);
            }
        }
        return accepted;
    }
}
