using System.Text.Json;
using System.Text.Json.Serialization;
using BpoCloud.Domain.Service;

namespace BpoCloud.Storage.Service;

/// <summary>
/// How an event is written in the ledger's body column. Source-generated, because ingestion writes tens of
/// thousands of events a second and reflection-based serialization was a visible share of its CPU.
/// </summary>
public static class ServiceEventJson
{
    public static string Write(ServiceEvent e) => JsonSerializer.Serialize(e, LedgerJsonContext.Default.ServiceEvent);

    public static ServiceEvent Read(string body) => JsonSerializer.Deserialize(body, LedgerJsonContext.Default.ServiceEvent)!;
}

/// <summary>The generated serializer behind <see cref="ServiceEventJson"/>: camelCase names, enums as strings, nulls left out.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ServiceEvent))]
public sealed partial class LedgerJsonContext : JsonSerializerContext;
