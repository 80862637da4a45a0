using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BpoCloud.Server.Tests.Infrastructure;

/// <summary>Small helpers so API tests read as requests and expected answers.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> Send(
        this HttpClient client, HttpMethod method, string url, object? body = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body, options: Json);
        }
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, Parse(text), response);
    }

    /// <summary>JSON bodies as nodes; anything else (HTML, plain text) as a string node so tests can still search it.</summary>
    private static JsonNode? Parse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> Post(this HttpClient client, string url, object body) =>
        client.Send(HttpMethod.Post, url, body);

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> Get(this HttpClient client, string url) =>
        client.Send(HttpMethod.Get, url);

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> Put(this HttpClient client, string url, object body, string? ifMatch = null) =>
        client.Send(HttpMethod.Put, url, body, r =>
        {
            if (ifMatch is not null)
            {
                r.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }
        });

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> Patch(this HttpClient client, string url, object body) =>
        client.Send(HttpMethod.Patch, url, body);

    /// <summary>Creates a resource, insists on 201, and returns its id.</summary>
    public static async Task<string> Create(this HttpClient client, string url, object body)
    {
        var (status, json, response) = await client.Post(url, body);
        Assert.True(status == HttpStatusCode.Created, $"POST {url} gave {(int)status}: {json?.ToJsonString()}");
        Assert.NotNull(response.Headers.Location);
        return json!["id"]!.GetValue<string>();
    }

    public static async Task<JsonNode> Ok(this Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> call)
    {
        var (status, json, response) = await call;
        Assert.True(status == HttpStatusCode.OK, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} gave {(int)status}: {json?.ToJsonString()}");
        return json!;
    }

    /// <summary>Asserts a problem+json answer with the status and returns its body.</summary>
    public static async Task<JsonNode> Problem(this Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> call, HttpStatusCode expected)
    {
        var (status, json, response) = await call;
        Assert.True(status == expected, $"expected {(int)expected} but got {(int)status}: {json?.ToJsonString()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return json!;
    }
}
