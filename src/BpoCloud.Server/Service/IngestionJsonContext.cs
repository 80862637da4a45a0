using System.Text.Json.Serialization;

namespace BpoCloud.Server.Service;

/// <summary>
/// Source-generated JSON metadata for the ingestion hot path (batches of up to 1,000 events); the API's own
/// options (camelCase, enums as camelCase strings, no integer enums) still apply on top.
/// </summary>
[JsonSerializable(typeof(EventBatchRequest))]
[JsonSerializable(typeof(IngestResponse))]
public sealed partial class IngestionJsonContext : JsonSerializerContext;
