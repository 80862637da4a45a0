using System.Text.Json.Nodes;
using BpoCloud.Grains.Service;
using BpoCloud.Server.Service;
using BpoCloud.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BpoCloud.Server.Tests.Service;

/// <summary>
/// Threshold alerts end to end: a rule, events that cross it, the alert in the app, and a signed webhook that is
/// retried after a failure but announced once per firing; then the resolution.
/// </summary>
public abstract class AlertsApiContract(BpoCloudServer server)
{
    private readonly BpoCloudServer _server = server;
    private HttpClient Admin => _server.Admin;

    private IGrainFactory Grains => _server.Services.GetRequiredService<IGrainFactory>();

    private AlertWebhookDispatcher Dispatcher => _server.Services.GetServices<IHostedService>().OfType<AlertWebhookDispatcher>().Single();

    private async Task<string> BrandOpenAllDay()
    {
        var brand = await Admin.Create("/api/v1/brands", Make.Brand());
        await Admin.Put($"/api/v1/brands/{brand}/sla", new
        {
            effectiveFrom = "2020-01-01",
            firstResponseSeconds = 30,
            targetServiceLevel = 0.8m,
            responseWithin3MinTarget = 0.8m,
            businessHours = new { days = new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }.Select(d => new { day = d, open = "00:00", close = "24:00" }) },
        }).Ok();
        return brand;
    }

    /// <summary>Conversations that started a few minutes ago: answered within 10 s, or abandoned after 60 s.</summary>
    private static IEnumerable<object> Conversations(int count, bool answered)
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        for (var i = 0; i < count; i++)
        {
            var id = $"conv-{Guid.NewGuid():N}";
            yield return new { id = id + "-s", type = "conversation.started", conversationId = id, occurredAt = start, storeId = "s1", customerId = id, role = "inSale" };
            yield return new { id = id + "-c", type = "message.customer", conversationId = id, occurredAt = start };
            yield return answered
                ? new { id = id + "-a", type = "message.agent", conversationId = id, occurredAt = start.AddSeconds(10), agentId = "agt_1", automated = false }
                : (object)new { id = id + "-x", type = "conversation.abandoned", conversationId = id, occurredAt = start.AddSeconds(60) };
        }
    }

    private async Task Ingest(string brand, IEnumerable<object> events)
    {
        await Admin.Post($"/api/v1/brands/{brand}/events", new { events = events.ToList() }).Ok();
        await Grains.GetGrain<IKpiProjectionGrain>(brand).Drain();
    }

    private async Task DeliverAll(WebhookReceiver receiver, int expected)
    {
        // Deliveries retry with backoff (2 s after the first failure): poll, bounded, until the receiver has them.
        for (var i = 0; i < 100 && receiver.Received.Count < expected; i++)
        {
            await Dispatcher.SendDue();
            await Task.Delay(100);
        }
        Assert.Equal(expected, receiver.Received.Count);
    }

    [Fact]
    public async Task A_crossing_fires_once_with_a_signed_retried_webhook_and_resolves()
    {
        var brand = await BrandOpenAllDay();
        await using var receiver = await WebhookReceiver.Start(failFirst: 1);
        var (_, rule, _) = await Admin.Post($"/api/v1/brands/{brand}/alert-rules", new
        {
            name = "Service level below target",
            metric = "serviceLevel",
            comparison = "lt",
            threshold = 0.8m,
            windowMinutes = 30,
            webhookUrl = receiver.Url,
        });
        var secret = rule!["webhookSecret"]!.GetValue<string>();

        await Ingest(brand, Conversations(2, answered: false));
        Assert.Equal(1, await Grains.GetGrain<IAlertMonitorGrain>(brand).Evaluate());
        Assert.Equal(0, await Grains.GetGrain<IAlertMonitorGrain>(brand).Evaluate());

        var alerts = await Admin.Get($"/api/v1/brands/{brand}/alerts").Ok();
        var alert = alerts["items"]!.AsArray().Single()!;
        Assert.Null(alert["resolvedAt"]);
        Assert.Equal(0m, alert["firedValue"]!.GetValue<decimal>());

        await DeliverAll(receiver, expected: 2);
        var (body, headers) = receiver.Received[1];
        Assert.Equal(receiver.Received[0].Headers["X-BpoCloud-Delivery"], headers["X-BpoCloud-Delivery"]);
        Assert.Equal(AlertWebhookDispatcher.Signature(secret, body), headers["X-BpoCloud-Signature"]);
        Assert.Equal("alert.fired", JsonNode.Parse(body)!["event"]!.GetValue<string>());

        await Ingest(brand, Conversations(8, answered: true));
        Assert.Equal(1, await Grains.GetGrain<IAlertMonitorGrain>(brand).Evaluate());
        await DeliverAll(receiver, expected: 3);

        Assert.Equal("alert.resolved", JsonNode.Parse(receiver.Received[2].Body)!["event"]!.GetValue<string>());
        var resolved = (await Admin.Get($"/api/v1/brands/{brand}/alerts").Ok())["items"]!.AsArray().Single()!;
        Assert.Equal(0.8m, resolved["resolvedValue"]!.GetValue<decimal>());
        Assert.Equal(2, receiver.Received.Select(r => r.Headers["X-BpoCloud-Delivery"]).Distinct().Count());
        Assert.DoesNotContain(secret, (await Admin.Get($"/api/v1/audit?brandId={brand}&limit=200").Ok()).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_complaints_within_an_hour_is_a_complaint_spike()
    {
        var brand = await BrandOpenAllDay();
        await Admin.Create($"/api/v1/brands/{brand}/alert-rules", new { name = "Complaint spike", metric = "complaints", comparison = ">=", threshold = 5, windowMinutes = 60 });
        var complaint = (int i) => new
        {
            id = $"cmp-{i}-{Guid.NewGuid():N}", type = "complaint.opened", occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5), customerId = $"cust-{i}", category = "product",
        };

        await Ingest(brand, Enumerable.Range(0, 4).Select(complaint));
        Assert.Equal(0, await Grains.GetGrain<IAlertMonitorGrain>(brand).Evaluate());
        await Ingest(brand, [complaint(5)]);
        Assert.Equal(1, await Grains.GetGrain<IAlertMonitorGrain>(brand).Evaluate());

        Assert.Equal(5m, (await Admin.Get($"/api/v1/brands/{brand}/alerts").Ok())["items"]![0]!["firedValue"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_bad_rule_is_400_and_brand_admins_manage_their_own_rules()
    {
        var brand = await BrandOpenAllDay();

        var problem = await Admin.Post($"/api/v1/brands/{brand}/alert-rules", new { metric = "mood", comparison = "lt", threshold = 1, windowMinutes = 30 })
            .Problem(System.Net.HttpStatusCode.BadRequest);
        var window = await Admin.Post($"/api/v1/brands/{brand}/alert-rules", new { metric = "serviceLevel", comparison = "lt", threshold = 0.8, windowMinutes = 1, webhookUrl = "ftp://x" })
            .Problem(System.Net.HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["metric"]);
        Assert.NotNull(window["errors"]!["windowMinutes"]);
        Assert.NotNull(window["errors"]!["webhookUrl"]);
        var email = $"ba.{Guid.NewGuid():N}@brand.example";
        await Admin.Create("/api/v1/users", new { email, password = "Brand-Admin-Pass-1", displayName = "BA", role = "brandAdmin", brandId = brand });
        var brandAdmin = _server.SignIn(email, "Brand-Admin-Pass-1");
        var id = await brandAdmin.Create($"/api/v1/brands/{brand}/alert-rules", new { metric = "abandoned", comparison = "gt", threshold = 10, windowMinutes = 15 });
        Assert.Null((await brandAdmin.Get($"/api/v1/brands/{brand}/alert-rules/{id}").Ok())["webhookSecret"]);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await brandAdmin.Send(HttpMethod.Delete, $"/api/v1/brands/{brand}/alert-rules/{id}")).Status);
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class AlertsApiOnSqlite(SqliteServerFixture fixture) : AlertsApiContract(fixture.Server);

[Collection(PostgresServerCollection.Name)]
public sealed class AlertsApiOnPostgres(PostgresServerFixture fixture) : AlertsApiContract(fixture.Server);
