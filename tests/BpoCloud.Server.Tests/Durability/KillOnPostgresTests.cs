using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BpoCloud.Server.Tests.Infrastructure;

namespace BpoCloud.Server.Tests.Durability;

/// <summary>
/// Two server processes form one cluster on PostgreSQL. One is killed with SIGKILL; the survivor must serve
/// every brand, agent and shift created through either, and accept new writes.
/// </summary>
public sealed class KillOnPostgresTests
{
    private static readonly TimeSpan FailoverLimit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task The_surviving_server_serves_all_data_and_accepts_writes_after_the_other_is_killed()
    {
        var settings = ClusterSettings.FastFailover(TestStorage.NewPostgresDatabase());
        using var doomed = new ServerProcess(settings);
        await doomed.WaitUntilReady(TimeSpan.FromSeconds(60));
        using var survivor = new ServerProcess(settings);
        await survivor.WaitUntilReady(TimeSpan.FromSeconds(60));

        using var viaDoomed = await ClusterSettings.SignedIn(doomed);
        var brands = new Dictionary<string, string>();
        var shifts = new List<string>();
        try
        {
            for (var i = 0; i < 12; i++)
            {
                var name = $"Kill Test Brand {i}";
                var brand = await viaDoomed.Create("/api/v1/brands", Make.Brand(name));
                brands[brand] = name;
                var agent = await viaDoomed.Create("/api/v1/agents", Make.Agent([brand]));
                shifts.Add(await viaDoomed.Create("/api/v1/shifts", Make.Shift(agent, brand, Make.Monday9.AddDays(i))));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Assert.Fail($"{e.Message}{Environment.NewLine}{doomed.Output}");
        }

        doomed.KillHard();

        using var client = await ClusterSettings.SignedIn(survivor);
        var deadline = DateTime.UtcNow + FailoverLimit;
        foreach (var (id, name) in brands)
        {
            var brand = await Eventually(client, $"/api/v1/brands/{id}", deadline, survivor);
            Assert.Equal(name, brand["name"]!.GetValue<string>());
        }
        foreach (var id in shifts)
        {
            await Eventually(client, $"/api/v1/shifts/{id}", deadline, survivor);
        }
        var newBrand = await client.Create("/api/v1/brands", Make.Brand("Created after the kill"));
        Assert.Equal("Created after the kill", (await client.Get($"/api/v1/brands/{newBrand}").Ok())["name"]!.GetValue<string>());
        var listed = await client.Get("/api/v1/brands?limit=200").Ok();
        Assert.Equal(brands.Count + 1, listed["items"]!.AsArray().Count);
    }


    /// <summary>Grains that lived on the dead server come back once the cluster has declared it dead; poll (bounded) until then.</summary>
    private static async Task<JsonNode> Eventually(HttpClient client, string url, DateTime deadline, ServerProcess server)
    {
        while (true)
        {
            try
            {
                var (status, body, _) = await client.Get(url);
                if (status == HttpStatusCode.OK)
                {
                    return body!;
                }
                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"{url} still answered {(int)status} {body?.ToJsonString()}{Environment.NewLine}{server.Output}");
                }
            }
            catch (TaskCanceledException) when (DateTime.UtcNow < deadline)
            {
                // A call to a grain on the dead server timed out; the next one is routed afresh.
            }
            await Task.Delay(250);
        }
    }
}
