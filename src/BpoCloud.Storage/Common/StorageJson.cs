using System.Text.Json;
using System.Text.Json.Serialization;

namespace BpoCloud.Storage.Common;

/// <summary>How entities are written as JSON in read-model rows: the same camelCase shape the API speaks.</summary>
public static class StorageJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
