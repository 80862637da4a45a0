using System.Net;
using BpoCloud.Grains.Service;
using BpoCloud.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BpoCloud.Server.Tests.Service;

/// <summary>
/// Events in, KPIs out, over HTTP, checked against the hand-worked example of <see cref="EventScript.WorkedExample"/>:
/// conversations 3, answered 2 (c1, c3), abandoned 1 (c2); first response (15 + 60) / 2 = 37.5 s; turns: c1 15 s,
/// c2 never answered, c3 60 s and 240 s → reply interval 315 / 3 = 105 s, within 3 min 2 / 4 = 0.5; service level
/// (T = 30 s): c1 met, c2 offered (abandoned after 30 s), c3 offered → 1 / 3; AHT 10:00:10 → 10:05:00 = 290 s;
/// resolution 1 / 2; FCR 1 / 1; CSAT 1 / 1; NPS 100; complaints 1 / 3; conversion (pre-sale c1, c3; cust-a bought) 1 / 2.
/// </summary>
public abstract class KpiApiContract(BpoCloudServer server)
{
    private readonly HttpClient _admin = server.Admin;

    private async Task<string> BrandWithSla(int firstResponseSeconds = 30)
    {
        var brand = await _admin.Create("/api/v1/brands", Make.Brand());
        await _admin.Put($"/api/v1/brands/{brand}/sla", Sla(firstResponseSeconds, effectiveFrom: "2020-01-01")).Ok();
        return brand;
    }

    private static object Sla(int firstResponseSeconds, string? effectiveFrom = null) => new
    {
        effectiveFrom,
        firstResponseSeconds,
        targetServiceLevel = 0.8m,
        responseWithin3MinTarget = 0.5m,
        businessHours = new { days = new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }.Select(d => new { day = d, open = "09:00", close = "24:00" }) },
        holidays = Array.Empty<string>(),
    };

    private async Task Ingest(string brand, IEnumerable<object> events, int expectAccepted)
    {
        var result = await _admin.Post($"/api/v1/brands/{brand}/events", new { events }).Ok();
        Assert.Equal(expectAccepted, result["accepted"]!.GetValue<int>());
    }

    private Task<int> Projected(string brand) =>
        server.Services.GetRequiredService<IGrainFactory>().GetGrain<IKpiProjectionGrain>(brand).Drain();

    [Fact]
    public async Task The_worked_example_gives_the_hand_computed_kpis()
    {
        var brand = await BrandWithSla();
        var script = EventScript.WorkedExample();
        await Ingest(brand, script.Events, script.Events.Count);
        await Projected(brand);

        var kpis = await _admin.Get($"/api/v1/brands/{brand}/kpis?from={script.DayText}&to={script.DayText}").Ok();
        var t = kpis["totals"]!;

        Assert.Equal(3, t["conversations"]!.GetValue<int>());
        Assert.Equal(2, t["answered"]!.GetValue<int>());
        Assert.Equal(1, t["abandoned"]!.GetValue<int>());
        Assert.Equal(37.5m, t["firstResponseTimeAvgSeconds"]!.GetValue<decimal>());
        Assert.Equal(105m, t["replyIntervalAvgSeconds"]!.GetValue<decimal>());
        Assert.Equal(0.5m, t["responseWithin3MinRate"]!.GetValue<decimal>());
        Assert.Equal(0.3333m, t["serviceLevel"]!.GetValue<decimal>());
        Assert.Equal(290m, t["ahtAvgSeconds"]!.GetValue<decimal>());
        Assert.Equal(0.5m, t["resolutionRate"]!.GetValue<decimal>());
        Assert.Equal(1m, t["fcrRate"]!.GetValue<decimal>());
        Assert.Equal(1, t["csatRated"]!.GetValue<int>());
        Assert.Equal(1m, t["csatScore"]!.GetValue<decimal>());
        Assert.Equal(100m, t["nps"]!.GetValue<decimal>());
        Assert.Equal(0.3333m, t["complaintRate"]!.GetValue<decimal>());
        Assert.Equal(0.5m, t["conversionRate"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Filters_and_hourly_series_cut_the_same_rows()
    {
        var brand = await BrandWithSla();
        var script = EventScript.WorkedExample();
        await Ingest(brand, script.Events, script.Events.Count);
        await Projected(brand);

        var preSale = (await _admin.Get($"/api/v1/brands/{brand}/kpis?from={script.DayText}&to={script.DayText}&role=preSale").Ok())["totals"]!;
        var hourly = await _admin.Get($"/api/v1/brands/{brand}/kpis?from={script.DayText}&to={script.DayText}&granularity=hour").Ok();
        var byAgent = (await _admin.Get($"/api/v1/brands/{brand}/kpis?from={script.DayText}&to={script.DayText}&agentId=agt_x").Ok())["totals"]!;

        Assert.Equal(2, preSale["conversations"]!.GetValue<int>());
        Assert.Null(preSale["nps"]);
        Assert.Equal(0m, preSale["complaintRate"]!.GetValue<decimal>());
        var series = hourly["series"]!.AsArray();
        Assert.Equal(24, series.Count);
        Assert.Equal(script.At("10:00:00"), series[10]!["start"]!.GetValue<DateTimeOffset>());
        Assert.Equal(3, series[10]!["conversations"]!.GetValue<int>());
        Assert.Equal(0, series[11]!["conversations"]!.GetValue<int>());
        Assert.Null(series[9]!["serviceLevel"]);
        Assert.Equal(2, byAgent["conversations"]!.GetValue<int>());
    }

    [Fact]
    public async Task Results_do_not_depend_on_arrival_order_and_a_replay_changes_nothing()
    {
        var inOrder = await BrandWithSla();
        var shuffled = await BrandWithSla();
        var script = EventScript.WorkedExample();
        await Ingest(inOrder, script.Events, script.Events.Count);
        var reversed = script.Events.Reverse().ToList();
        await Ingest(shuffled, reversed.Take(7), 7);
        await Projected(shuffled);
        await Ingest(shuffled, reversed.Skip(7), script.Events.Count - 7);
        await Projected(inOrder);
        await Projected(shuffled);

        var replay = await _admin.Post($"/api/v1/brands/{shuffled}/events", new { events = script.Events }).Ok();
        await Projected(shuffled);

        Assert.Equal(0, replay["accepted"]!.GetValue<int>());
        Assert.Equal(script.Events.Count, replay["duplicates"]!.GetValue<int>());
        var a = (await _admin.Get($"/api/v1/brands/{inOrder}/kpis?from={script.DayText}&to={script.DayText}").Ok())["totals"]!.ToJsonString();
        var b = (await _admin.Get($"/api/v1/brands/{shuffled}/kpis?from={script.DayText}&to={script.DayText}").Ok())["totals"]!.ToJsonString();
        Assert.Equal(a, b);
        // However often its conversations were recomputed, the hourly rollup equals the sum of the conversation rows.
        Assert.Equal(await Sums(shuffled, "service_conversation"), await Sums(shuffled, "service_kpi_hour"));
    }

    private async Task<string> Sums(string brand, string table)
    {
        string[] columns = ["conversations", "answered", "abandoned", "first_response_ms", "turns", "answered_turns", "turn_wait_ms",
            "service_level_met", "service_level_offered", "aht_ms", "resolved", "resolved_first_contact", "csat_satisfied", "nps_promoters",
            "complaints", "presale_converted"];
        var database = server.Services.GetRequiredService<BpoCloud.Storage.Common.Database>();
        await using var connection = await database.OpenAsync();
        var row = await Dapper.SqlMapper.QuerySingleAsync(connection,
            $"SELECT {string.Join(", ", columns.Select(c => $"CAST(SUM({c}) AS BIGINT) AS {c}"))} FROM {table} WHERE brand_id = @brand", new { brand });
        return string.Join(",", ((IDictionary<string, object>)row).Values);
    }

    [Fact]
    public async Task A_later_return_of_the_customer_takes_back_first_contact_resolution()
    {
        var brand = await BrandWithSla();
        var script = EventScript.WorkedExample();
        await Ingest(brand, script.Events, script.Events.Count);
        await Projected(brand);
        var before = (await _admin.Get($"/api/v1/brands/{brand}/kpis?from={script.DayText}&to={script.DayText}").Ok())["totals"]!;

        // cust-a (c1, resolved 10:05) comes back at 20:00 the same day: c1 is no longer a first-contact resolution.
        var later = new EventScript().Started("c9", "20:00:00", "cust-a", role: "afterSale").Customer("c9", "20:00:01");
        await Ingest(brand, later.Events, 2);
        await Projected(brand);
        var after = (await _admin.Get($"/api/v1/brands/{brand}/kpis?from={script.DayText}&to={script.DayText}").Ok())["totals"]!;

        Assert.Equal(1m, before["fcrRate"]!.GetValue<decimal>());
        Assert.Equal(0m, after["fcrRate"]!.GetValue<decimal>());
        Assert.Equal(4, after["conversations"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_batch_with_one_bad_event_is_refused_whole_naming_the_index()
    {
        var brand = await BrandWithSla();
        var script = new EventScript().Started("c1", "10:00:00", "cust-a").Customer("c1", "10:00:05")
            .Add("csat.rated", "10:06:00", "c1", new { score = 7, scale = 5 })
            .Add("message.teleport", "10:07:00", "c1");

        var problem = await _admin.Post($"/api/v1/brands/{brand}/events", new { events = script.Events }).Problem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["events[2].score"]);
        Assert.NotNull(problem["errors"]!["events[3].type"]);
        // Nothing was stored: the two good events are new when sent alone.
        await Ingest(brand, script.Events.Take(2), 2);
    }

    [Fact]
    public async Task More_than_a_thousand_events_is_413_and_stale_or_future_events_are_400()
    {
        var brand = await BrandWithSla();
        var big = new EventScript();
        for (var i = 0; i < 1001; i++)
        {
            big.Customer($"c{i}", "10:00:00");
        }
        await _admin.Post($"/api/v1/brands/{brand}/events", new { events = big.Events }).Problem(HttpStatusCode.RequestEntityTooLarge);

        var old = new { id = "old-1", type = "message.customer", conversationId = "c1", occurredAt = DateTimeOffset.UtcNow.AddDays(-8) };
        var future = new { id = "fut-1", type = "message.customer", conversationId = "c1", occurredAt = DateTimeOffset.UtcNow.AddMinutes(10) };
        var problem = await _admin.Post($"/api/v1/brands/{brand}/events", new { events = new object[] { old, future } }).Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["events[0].occurredAt"]);
        Assert.NotNull(problem["errors"]!["events[1].occurredAt"]);
    }

    [Fact]
    public async Task A_brand_api_key_ingests_and_a_suspended_brand_reads_but_cannot_ingest()
    {
        var brand = await BrandWithSla();
        var (_, key, _) = await _admin.Post($"/api/v1/brands/{brand}/api-keys", new { name = "crm" });
        var machine = server.CreateClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", key!["key"]!.GetValue<string>());
        var script = new EventScript().Started("c1", "10:00:00", "cust-a").Customer("c1", "10:00:05");

        var accepted = await machine.Post($"/api/v1/brands/{brand}/events", new { events = script.Events.Take(1) }).Ok();
        Assert.Equal(1, accepted["accepted"]!.GetValue<int>());

        await _admin.Put($"/api/v1/brands/{brand}", new { name = "Suspended", roles = new[] { "preSale" }, status = "suspended" }).Ok();
        await machine.Post($"/api/v1/brands/{brand}/events", new { events = script.Events.Skip(1) }).Problem(HttpStatusCode.Forbidden);
        await _admin.Get($"/api/v1/brands/{brand}/kpis?from={script.DayText}&to={script.DayText}").Ok();
    }

    [Fact]
    public async Task Metrics_without_data_are_null_not_zero()
    {
        var brand = await BrandWithSla();
        var day = new EventScript().DayText;

        var t = (await _admin.Get($"/api/v1/brands/{brand}/kpis?from={day}&to={day}").Ok())["totals"]!;

        Assert.Equal(0, t["conversations"]!.GetValue<int>());
        Assert.Null(t["serviceLevel"]);
        Assert.Null(t["firstResponseTimeAvgSeconds"]);
        Assert.Null(t["conversionRate"]);
    }

    [Fact]
    public async Task A_new_sla_version_recomputes_service_level_and_attainment()
    {
        var brand = await BrandWithSla(firstResponseSeconds: 30);
        var script = EventScript.WorkedExample();
        await Ingest(brand, script.Events, script.Events.Count);
        await Projected(brand);
        var month = script.DayText[..7];
        var before = await _admin.Get($"/api/v1/brands/{brand}/sla/attainment?month={month}").Ok();

        await _admin.Put($"/api/v1/brands/{brand}/sla", Sla(60, effectiveFrom: script.DayText)).Ok();
        await Projected(brand);

        var t = (await _admin.Get($"/api/v1/brands/{brand}/kpis?from={script.DayText}&to={script.DayText}").Ok())["totals"]!;
        var after = await _admin.Get($"/api/v1/brands/{brand}/sla/attainment?month={month}").Ok();
        var dayBefore = before["days"]!.AsArray().Single(d => d!["period"]!.GetValue<string>() == script.DayText)!;
        var dayAfter = after["days"]!.AsArray().Single(d => d!["period"]!.GetValue<string>() == script.DayText)!;

        Assert.Equal(0.6667m, t["serviceLevel"]!.GetValue<decimal>());
        Assert.False(dayBefore["met"]!.GetValue<bool>());      // 0.3333 < 0.8
        Assert.False(dayAfter["met"]!.GetValue<bool>());       // 0.6667 < 0.8
        Assert.Equal(0.6667m, dayAfter["serviceLevel"]!.GetValue<decimal>());
        Assert.Equal(2, (await _admin.Get($"/api/v1/brands/{brand}/sla").Ok())["versions"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_bad_sla_is_400_per_field()
    {
        var brand = await _admin.Create("/api/v1/brands", Make.Brand());

        var problem = await _admin.Put($"/api/v1/brands/{brand}/sla", new
        {
            firstResponseSeconds = 0,
            targetServiceLevel = 1.5m,
            responseWithin3MinTarget = 0.9m,
            businessHours = new { days = new[] { new { day = "mon", open = "18:00", close = "09:00" } } },
            holidays = new[] { "2026-13-01" },
        }).Problem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["businessHours.days[0].close"]);
        Assert.NotNull(problem["errors"]!["holidays[0]"]);
    }

    [Fact]
    public async Task Drill_down_lists_the_conversations_and_masks_the_transcript()
    {
        var brand = await BrandWithSla();
        var script = EventScript.WorkedExample();
        await Ingest(brand, script.Events, script.Events.Count);
        await Projected(brand);

        var list = await _admin.Get($"/api/v1/brands/{brand}/conversations?from={script.DayText}&to={script.DayText}&limit=2").Ok();
        var detail = await _admin.Get($"/api/v1/brands/{brand}/conversations/c1").Ok();

        Assert.Equal(["c1", "c2"], list["items"]!.AsArray().Select(c => c!["conversationId"]!.GetValue<string>()));
        Assert.NotNull(list["nextCursor"]);
        Assert.Equal(15m, detail["summary"]!["firstResponseSeconds"]!.GetValue<decimal>());
        var text = detail["timeline"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "message.customer")!["text"]!.GetValue<string>();
        Assert.Equal("my phone is 138****5678", text);
    }

    [Fact]
    public async Task The_firm_overview_lists_every_brand_with_data()
    {
        var brand = await BrandWithSla();
        var script = EventScript.WorkedExample();
        await Ingest(brand, script.Events, script.Events.Count);
        await Projected(brand);

        var overview = await _admin.Get($"/api/v1/kpis/brands?from={script.DayText}&to={script.DayText}").Ok();

        var mine = overview["items"]!.AsArray().Single(b => b!["brandId"]!.GetValue<string>() == brand)!;
        Assert.Equal(3, mine["totals"]!["conversations"]!.GetValue<int>());
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class KpiApiOnSqlite(SqliteServerFixture fixture) : KpiApiContract(fixture.Server);

[Collection(PostgresServerCollection.Name)]
public sealed class KpiApiOnPostgres(PostgresServerFixture fixture) : KpiApiContract(fixture.Server);
