using System.Text.Json;

namespace BpoCloud.Benchmarks;

/// <summary>One generated event: the columns the ledger indexes, and a writer for its type-specific JSON fields.</summary>
public sealed record GeneratedEvent(
    string Id, string Type, DateTimeOffset OccurredAt, string ConversationId, string? CustomerId, Action<Utf8JsonWriter>? Fields)
{
    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", Id);
        w.WriteString("type", Type);
        w.WriteString("occurredAt", OccurredAt);
        w.WriteString("conversationId", ConversationId);
        Fields?.Invoke(w);
        w.WriteEndObject();
    }
}
