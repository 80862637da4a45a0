using Npgsql;
using NpgsqlTypes;

namespace BpoCloud.Benchmarks;

/// <summary>
/// The baseline the server's ingestion is judged against: the same rows into the same service_event table, one
/// multi-row INSERT … SELECT FROM unnest(arrays) … ON CONFLICT DO NOTHING per batch, each in its own (auto-commit)
/// transaction — what the server's ledger statement does, without HTTP, JSON, validation or service_dirty.
/// </summary>
public sealed class RawEventInserter(NpgsqlDataSource dataSource, string brandId)
{
    private const string Sql = """
        INSERT INTO service_event (brand_id, event_id, type, occurred_at_ms, conversation_id, customer_id, body, received_at_ms)
        SELECT @brand, e.id, e.type, e.occurred, e.conversation, e.customer, e.body, @received
        FROM unnest(@ids, @types, @occurred, @conversations, @customers, @bodies) AS e(id, type, occurred, conversation, customer, body)
        ON CONFLICT (brand_id, event_id) DO NOTHING
        """;

    /// <summary>Inserts one batch; returns null, or the error when the rows did not all go in.</summary>
    public async Task<string?> InsertAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand(Sql);
            command.Parameters.AddWithValue("brand", brandId);
            command.Parameters.AddWithValue("received", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("ids", batch.Ids);
            command.Parameters.AddWithValue("types", batch.Types);
            command.Parameters.AddWithValue("occurred", batch.OccurredAtMs);
            command.Parameters.Add(new NpgsqlParameter("conversations", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = batch.ConversationIds });
            command.Parameters.Add(new NpgsqlParameter("customers", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = batch.CustomerIds });
            command.Parameters.AddWithValue("bodies", batch.StoredBodies);
            var inserted = await command.ExecuteNonQueryAsync(cancellationToken);
            return inserted == batch.Count ? null : $"inserted {inserted} of {batch.Count} rows";
        }
        catch (NpgsqlException e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
