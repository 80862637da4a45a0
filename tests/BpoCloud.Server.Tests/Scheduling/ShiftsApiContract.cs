using System.Net;
using BpoCloud.Server.Tests.Infrastructure;

namespace BpoCloud.Server.Tests.Scheduling;

/// <summary>Shifts over HTTP: creation rules, no overlap per agent, lifecycle, filters; once per storage engine.</summary>
public abstract class ShiftsApiContract(HttpClient client)
{
    private async Task<(string BrandId, string AgentId)> BrandAndAgent(decimal hourlyCost = 40m)
    {
        var brandId = await client.Create("/api/v1/brands", Make.Brand());
        var agentId = await client.Create("/api/v1/agents", Make.Agent([brandId], hourlyCost: hourlyCost));
        return (brandId, agentId);
    }

    [Fact]
    public async Task A_shift_carries_paid_hours_and_cost_from_the_agents_hourly_cost()
    {
        var (brandId, agentId) = await BrandAndAgent(hourlyCost: 42.50m);
        var start = Make.Monday9;
        var lunch = new { start = start.AddHours(3), end = start.AddHours(3).AddMinutes(45) };

        var (status, shift, _) = await client.Post("/api/v1/shifts", Make.Shift(agentId, brandId, start, hours: 8, breaks: [lunch]));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("planned", shift!["status"]!.GetValue<string>());
        Assert.Equal(7.25m, shift["paidHours"]!.GetValue<decimal>());
        Assert.Equal(308.13m, shift["cost"]!.GetValue<decimal>()); // 7.25 h × 42.50 = 308.125 → 308.13
        Assert.Equal(start.ToUniversalTime(), shift["start"]!.GetValue<DateTimeOffset>());
        // Stored in UTC, shown in the brand's time (China time by default).
        Assert.EndsWith("+08:00", shift["start"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_shifts_of_one_agent_may_not_overlap_but_may_touch()
    {
        var (brandId, agentId) = await BrandAndAgent();
        await client.Create("/api/v1/shifts", Make.Shift(agentId, brandId, Make.Monday9, hours: 4));

        await client.Post("/api/v1/shifts", Make.Shift(agentId, brandId, Make.Monday9.AddHours(3), hours: 4)).Problem(HttpStatusCode.Conflict);
        await client.Create("/api/v1/shifts", Make.Shift(agentId, brandId, Make.Monday9.AddHours(4), hours: 4));
    }

    [Fact]
    public async Task Concurrent_overlapping_shifts_for_one_agent_admit_exactly_one()
    {
        var (brandId, agentId) = await BrandAndAgent();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.Post("/api/v1/shifts", Make.Shift(agentId, brandId, Make.Monday9.AddDays(7).AddMinutes(i * 10), hours: 6))));

        Assert.Equal(1, attempts.Count(a => a.Status == HttpStatusCode.Created));
        Assert.Equal(7, attempts.Count(a => a.Status == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task A_cancelled_shift_frees_the_agents_time()
    {
        var (brandId, agentId) = await BrandAndAgent();
        var first = await client.Create("/api/v1/shifts", Make.Shift(agentId, brandId, Make.Monday9.AddDays(14)));

        await client.Patch($"/api/v1/shifts/{first}", new { status = "cancelled" }).Ok();

        await client.Create("/api/v1/shifts", Make.Shift(agentId, brandId, Make.Monday9.AddDays(14)));
    }

    [Fact]
    public async Task The_lifecycle_moves_forward_and_an_illegal_move_is_409()
    {
        var (brandId, agentId) = await BrandAndAgent();
        var id = await client.Create("/api/v1/shifts", Make.Shift(agentId, brandId, Make.Monday9.AddDays(21)));

        await client.Patch($"/api/v1/shifts/{id}", new { status = "started" }).Problem(HttpStatusCode.Conflict);
        await client.Patch($"/api/v1/shifts/{id}", new { status = "published" }).Ok();
        await client.Patch($"/api/v1/shifts/{id}", new { status = "started" }).Ok();
        var done = await client.Patch($"/api/v1/shifts/{id}", new { status = "completed" }).Ok();
        await client.Patch($"/api/v1/shifts/{id}", new { status = "cancelled" }).Problem(HttpStatusCode.Conflict);

        Assert.Equal("completed", done["status"]!.GetValue<string>());
        Assert.Equal(4, done["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_started_shift_cannot_be_edited()
    {
        var (brandId, agentId) = await BrandAndAgent();
        var id = await client.Create("/api/v1/shifts", Make.Shift(agentId, brandId, Make.Monday9.AddDays(28)));
        await client.Patch($"/api/v1/shifts/{id}", new { status = "published" }).Ok();
        await client.Patch($"/api/v1/shifts/{id}", new { status = "started" }).Ok();

        await client.Put($"/api/v1/shifts/{id}", Make.Shift(agentId, brandId, Make.Monday9.AddDays(28).AddHours(1))).Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bad_shift_input_is_400_per_field()
    {
        var (brandId, agentId) = await BrandAndAgent();
        var start = Make.Monday9.AddDays(35);

        var problem = await client.Post("/api/v1/shifts", new
        {
            agentId,
            brandId,
            role = "preSale",
            start,
            end = start.AddHours(-1),
        }).Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["end"]);

        var outside = await client.Post("/api/v1/shifts", Make.Shift(agentId, brandId, start, hours: 4,
            breaks: [new { start = start.AddHours(5), end = start.AddHours(6) }])).Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(outside["errors"]!["breaks[0]"]);
    }

    [Fact]
    public async Task An_agent_without_certification_or_skill_cannot_take_the_shift()
    {
        var (brandId, agentId) = await BrandAndAgent();
        var otherBrand = await client.Create("/api/v1/brands", Make.Brand("Other"));

        var uncertified = await client.Post("/api/v1/shifts", Make.Shift(agentId, otherBrand, Make.Monday9.AddDays(42))).Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(uncertified["errors"]!["agentId"]);

        var unskilled = await client.Post("/api/v1/shifts", Make.Shift(agentId, brandId, Make.Monday9.AddDays(42), role: "inSale")).Problem(HttpStatusCode.BadRequest);
        Assert.NotNull(unskilled["errors"]!["agentId"]);
    }

    [Fact]
    public async Task Shifts_filter_by_agent_brand_and_time_window()
    {
        var (brandId, agentId) = await BrandAndAgent();
        var weekStart = Make.Monday9.AddDays(49);
        for (var day = 0; day < 5; day++)
        {
            await client.Create("/api/v1/shifts", Make.Shift(agentId, brandId, weekStart.AddDays(day)));
        }

        var tueToThu = await client.Get($"/api/v1/shifts?agentId={agentId}&from={Date(weekStart.AddDays(1))}&to={Date(weekStart.AddDays(3))}").Ok();
        var byBrand = await client.Get($"/api/v1/shifts?brandId={brandId}&limit=2").Ok();

        Assert.Equal(3, tueToThu["items"]!.AsArray().Count);
        Assert.Equal(2, byBrand["items"]!.AsArray().Count);
        Assert.NotNull(byBrand["nextCursor"]);
        await client.Get("/api/v1/shifts?from=yesterday").Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_shift_update_can_move_it_to_another_agent_and_frees_the_first()
    {
        var (brandId, first) = await BrandAndAgent();
        var second = await client.Create("/api/v1/agents", Make.Agent([brandId]));
        var start = Make.Monday9.AddDays(56);
        var id = await client.Create("/api/v1/shifts", Make.Shift(first, brandId, start));

        var moved = await client.Put($"/api/v1/shifts/{id}", Make.Shift(second, brandId, start)).Ok();

        Assert.Equal(second, moved["agentId"]!.GetValue<string>());
        await client.Create("/api/v1/shifts", Make.Shift(first, brandId, start));
    }

    private static string Date(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

[Collection(SqliteServerCollection.Name)]
public sealed class ShiftsApiOnSqlite(SqliteServerFixture fixture) : ShiftsApiContract(fixture.Client);

[Collection(PostgresServerCollection.Name)]
public sealed class ShiftsApiOnPostgres(PostgresServerFixture fixture) : ShiftsApiContract(fixture.Client);
