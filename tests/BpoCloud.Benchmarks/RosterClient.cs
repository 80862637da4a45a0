using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace BpoCloud.Benchmarks;

/// <summary>
/// The few /api/v1 calls the roster load makes, written against docs/API.md names. Each call reports failure as a
/// short text ("409 Conflict: ...") instead of throwing, so a load phase can count and sample errors.
/// </summary>
public sealed class RosterClient : IDisposable
{
    /// <summary>Long enough never to fire on a healthy server; a request this slow is counted as an error.</summary>
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;

    public RosterClient(Uri baseAddress, int concurrency)
    {
        var handler = new SocketsHttpHandler
        {
            // One keep-alive connection per worker: connection set-up stays out of the measured latency.
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            UseCookies = false,
        };
        _http = new HttpClient(handler) { BaseAddress = new Uri(baseAddress, "api/v1/"), Timeout = RequestTimeout };
    }

    /// <summary>
    /// Logs in as the bootstrap admin. Returns false when the server has no token endpoint yet (404): the API was
    /// then open, and the run goes on without a token.
    /// </summary>
    public async Task<bool> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("auth/token", new { email, password }, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchmarkException($"POST /api/v1/auth/token for the bootstrap admin failed: {await Describe(response, cancellationToken)}");
        }
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var token = body.RootElement.TryGetProperty("accessToken", out var t) ? t.GetString() : null;
        if (string.IsNullOrEmpty(token))
        {
            throw new BenchmarkException("POST /api/v1/auth/token answered without an accessToken.");
        }
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        AccessToken = token;
        return true;
    }

    /// <summary>The bearer token after a successful sign-in, for other clients of the same run.</summary>
    public string? AccessToken { get; private set; }

    public Task<(string? Error, string? Id)> CreateBrandAsync(int index, CancellationToken cancellationToken) =>
        CreateBrandAsync(index, ["preSale", "inSale"], cancellationToken);

    public Task<(string? Error, string? Id)> CreateBrandAsync(int index, string[] roles, CancellationToken cancellationToken) =>
        CreateAsync("brands", new { name = $"Bench brand {index:D6}", roles }, cancellationToken);

    public Task<(string? Error, string? Id)> CreateAgentAsync(int index, string runTag, string brandId, CancellationToken cancellationToken) =>
        CreateAsync("agents", new
        {
            name = $"Bench agent {index:D6}",
            // Unique per run and per agent: the server refuses a number another agent holds.
            employeeNumber = $"B{runTag}-{index.ToString("D6", CultureInfo.InvariantCulture)}",
            contractType = "fullTime",
            hourlyCost = 25.50m,
            skills = new[] { new { role = "preSale", level = 3 } },
            certifications = new[] { brandId },
        }, cancellationToken);

    public async Task<string?> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return response.IsSuccessStatusCode ? null : await Describe(response, cancellationToken);
    }

    /// <summary>One page of GET /brands; returns the cursor of the next page (null after the last one).</summary>
    public async Task<(string? Error, string? NextCursor)> ListBrandsAsync(string? cursor, CancellationToken cancellationToken)
    {
        var path = cursor is null ? "brands?limit=50" : $"brands?limit=50&cursor={Uri.EscapeDataString(cursor)}";
        using var response = await _http.GetAsync(path, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (await Describe(response, cancellationToken), null);
        }
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var next = body.RootElement.TryGetProperty("nextCursor", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        return (null, next);
    }

    private async Task<(string? Error, string? Id)> CreateAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(path, body, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return (await Describe(response, cancellationToken), null);
        }
        using var created = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var id = created.RootElement.TryGetProperty("id", out var i) ? i.GetString() : null;
        return id is null ? ("201 without an id in the body", null) : (null, id);
    }

    public static async Task<string> Describe(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return $"{(int)response.StatusCode} {response.StatusCode}: {(text.Length > 300 ? text[..300] + "..." : text)}";
    }

    public void Dispose() => _http.Dispose();
}
