namespace BpoCloud.Benchmarks;

/// <summary>
/// One batch of generated events in both forms the ingestion run needs, built before the clock starts: the HTTP
/// body as UTF-8 bytes, and the same rows as column arrays for the raw INSERT baseline.
/// </summary>
public sealed record EventBatch(
    byte[] HttpBody,
    string[] Ids,
    string[] Types,
    long[] OccurredAtMs,
    string?[] ConversationIds,
    string?[] CustomerIds,
    string[] StoredBodies)
{
    public int Count => Ids.Length;
}
