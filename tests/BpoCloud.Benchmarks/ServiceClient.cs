using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace BpoCloud.Benchmarks;

/// <summary>
/// The service calls of the ingestion and KPI loads: event batches sent as pre-serialised bytes (so the client's
/// JSON writing is not timed), and KPI reads. Failures come back as short texts, like <see cref="RosterClient"/>.
/// </summary>
public sealed class ServiceClient : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;

    public ServiceClient(Uri baseAddress, int concurrency, string? accessToken)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri(baseAddress, "api/v1/"), Timeout = RequestTimeout };
        if (accessToken is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
    }

    /// <summary>POST /brands/{brandId}/events; any answer but 200 is an error. Returns the server's accepted count.</summary>
    public async Task<(string? Error, int Accepted, int Duplicates)> PostEventsAsync(string brandId, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await _http.PostAsync($"brands/{brandId}/events", content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (await RosterClient.Describe(response, cancellationToken), 0, 0);
        }
        using var answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return (null, answer.RootElement.GetProperty("accepted").GetInt32(), answer.RootElement.GetProperty("duplicates").GetInt32());
    }

    /// <summary>A GET whose body is read in full; returns the parsed body on 200 (the caller disposes it).</summary>
    public async Task<(string? Error, JsonDocument? Body)> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (await RosterClient.Describe(response, cancellationToken), null);
        }
        return (null, await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken));
    }

    public void Dispose() => _http.Dispose();
}
