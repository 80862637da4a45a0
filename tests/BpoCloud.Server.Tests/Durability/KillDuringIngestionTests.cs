using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BpoCloud.Server.Tests.Infrastructure;
using Npgsql;

namespace BpoCloud.Server.Tests.Durability;

/// <summary>
/// A server is killed with SIGKILL while a brand's system is sending event batches, then restarted. The sender
/// behaves like a real client: a batch that got no answer is sent again (to the other server) until acknowledged.
/// The ledger must then hold every event exactly once — nothing lost, nothing twice. Each acknowledged batch
/// says how many of its events were new and how many the ledger already had: a batch stored just before the kill
/// but never answered comes back as duplicates when replayed, so accepted + duplicates covers every event once.
/// </summary>
public sealed class KillDuringIngestionTests
{
    private const int Batches = 40;
    private const int BatchSize = 250;

    [Fact]
    public async Task Every_acknowledged_event_is_stored_exactly_once_across_a_kill_and_restart()
    {
        var connectionString = TestStorage.NewPostgresDatabase();
        var settings = ClusterSettings.FastFailover(connectionString);
        var doomed = new ServerProcess(settings);
        await doomed.WaitUntilReady(TimeSpan.FromSeconds(60));
        using var survivor = new ServerProcess(settings);
        await survivor.WaitUntilReady(TimeSpan.FromSeconds(60));
        using var viaDoomed = await ClusterSettings.SignedIn(doomed);
        using var viaSurvivor = await ClusterSettings.SignedIn(survivor);
        var brand = await viaDoomed.Create("/api/v1/brands", Make.Brand("Kill during ingestion"));

        var accepted = 0;
        var duplicates = 0;
        var retried = 0;
        var current = viaDoomed;
        for (var b = 0; b < Batches; b++)
        {
            if (b == Batches / 2)
            {
                // Kill while the next request is in flight, so some batch may commit without its answer arriving.
                _ = Task.Run(async () => { await Task.Delay(5); doomed.KillHard(); });
            }
            var batch = Batch(b);
            while (true)
            {
                var answer = await TrySend(current, brand, batch);
                if (answer is not null)
                {
                    accepted += answer["accepted"]!.GetValue<int>();
                    duplicates += answer["duplicates"]!.GetValue<int>();
                    break;
                }
                // No answer: the batch may or may not have been stored. Send the same batch again elsewhere.
                retried++;
                current = viaSurvivor;
            }
        }
        using var restarted = new ServerProcess(settings);
        await restarted.WaitUntilReady(TimeSpan.FromSeconds(60));
        doomed.Dispose();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM service_event WHERE brand_id = @b", connection);
        count.Parameters.AddWithValue("b", brand);
        var stored = (long)(await count.ExecuteScalarAsync())!;

        Assert.True(retried > 0, "the kill should have cut at least one batch off");
        Assert.Equal(Batches * BatchSize, stored);
        Assert.Equal(Batches * BatchSize, accepted + duplicates);
        Assert.True(accepted <= stored);
    }

    private static async Task<JsonNode?> TrySend(HttpClient client, string brand, object batch)
    {
        try
        {
            var response = await client.PostAsJsonAsync($"/api/v1/brands/{brand}/events", batch);
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonNode>() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private static object Batch(int number)
    {
        var at = DateTimeOffset.UtcNow.AddHours(-1);
        var events = new List<object>(BatchSize);
        for (var i = 0; i < BatchSize; i += 2)
        {
            var conversation = $"b{number}-c{i}";
            events.Add(new { id = $"{conversation}-start", type = "conversation.started", conversationId = conversation, occurredAt = at, storeId = "s1", customerId = $"cust-{i}", role = "inSale" });
            events.Add(new { id = $"{conversation}-msg", type = "message.customer", conversationId = conversation, occurredAt = at.AddSeconds(1), text = "hello" });
        }
        return new { events };
    }

}
