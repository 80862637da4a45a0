using System.Net;
using System.Text.Json.Nodes;

namespace BpoCloud.Server.Tests.Infrastructure;

/// <summary>
/// For effects that are allowed a short delay (signed-in users are re-checked against a cache of a few
/// seconds): retries a bounded number of times, then fails with the last answer.
/// </summary>
public static class Eventually
{
    public static async Task Status(Func<Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)>> call, HttpStatusCode expected)
    {
        (HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response) last = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            last = await call();
            if (last.Status == expected)
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"expected {(int)expected} but still got {(int)last.Status}: {last.Body?.ToJsonString()}");
    }
}
