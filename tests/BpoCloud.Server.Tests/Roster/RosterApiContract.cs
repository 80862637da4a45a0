using System.Net;
using BpoCloud.Server.Tests.Infrastructure;

namespace BpoCloud.Server.Tests.Roster;

/// <summary>Brands, stores and agents over HTTP; run once per storage engine by the subclasses below.</summary>
public abstract class RosterApiContract(HttpClient client)
{
    [Fact]
    public async Task Creating_a_brand_returns_201_with_location_and_defaults()
    {
        var (status, body, response) = await client.Post("/api/v1/brands", new { name = "Panda Tea", roles = new[] { "preSale" } });

        Assert.Equal(HttpStatusCode.Created, status);
        var id = body!["id"]!.GetValue<string>();
        Assert.Equal($"/api/v1/brands/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Asia/Shanghai", body["timeZone"]!.GetValue<string>());
        Assert.Equal("CNY", body["currency"]!.GetValue<string>());
        Assert.Equal("active", body["status"]!.GetValue<string>());
        var fetched = await client.Get($"/api/v1/brands/{id}").Ok();
        Assert.Equal("Panda Tea", fetched["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_brand_with_bad_fields_gets_400_naming_each_field_and_is_not_created()
    {
        var before = await CountBrands();

        var problem = await client.Post("/api/v1/brands", new { name = "", timeZone = "Mars/Olympus", currency = "yuan", roles = Array.Empty<string>() })
            .Problem(HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["currency", "name", "roles", "timeZone"], errors.Select(e => e.Key).Order());
        Assert.Equal(before, await CountBrands());
    }

    [Fact]
    public async Task An_unknown_enum_value_is_a_400_on_that_field()
    {
        var problem = await client.Post("/api/v1/brands", new { name = "X", roles = new[] { "preSale", "duringSale" } })
            .Problem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["roles[1]"]);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        await client.Send(HttpMethod.Post, "/api/v1/brands", "{ \"name\": ").Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_brand_is_404_problem()
    {
        await client.Get("/api/v1/brands/brd_doesnotexist").Problem(HttpStatusCode.NotFound);
        await client.Put("/api/v1/brands/brd_doesnotexist", Make.Brand()).Problem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Updating_with_a_stale_etag_is_412_and_changes_nothing()
    {
        var id = await client.Create("/api/v1/brands", Make.Brand("Before"));
        var (_, _, first) = await client.Get($"/api/v1/brands/{id}");
        var etag = first.Headers.ETag!.Tag;

        var updated = await client.Put($"/api/v1/brands/{id}", Make.Brand("After"), ifMatch: etag).Ok();
        Assert.Equal(2, updated["version"]!.GetValue<int>());

        await client.Put($"/api/v1/brands/{id}", Make.Brand("Lost update"), ifMatch: etag).Problem(HttpStatusCode.PreconditionFailed);
        var now = await client.Get($"/api/v1/brands/{id}").Ok();
        Assert.Equal("After", now["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lists_page_with_a_cursor_and_never_repeat_or_skip()
    {
        var brandId = await client.Create("/api/v1/brands", Make.Brand());
        var created = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            created.Add(await client.Create($"/api/v1/brands/{brandId}/stores", Make.Store($"Store {i}")));
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.Get($"/api/v1/brands/{brandId}/stores?limit=3{(cursor is null ? "" : "&cursor=" + cursor)}").Ok();
            seen.AddRange(page["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(created.Order(), seen.Order());
        Assert.Equal(seen.Distinct().Count(), seen.Count);
    }

    [Fact]
    public async Task A_bad_limit_or_cursor_is_400()
    {
        await client.Get("/api/v1/brands?limit=0").Problem(HttpStatusCode.BadRequest);
        await client.Get("/api/v1/brands?limit=abc").Problem(HttpStatusCode.BadRequest);
        await client.Get("/api/v1/brands?cursor=not-ours").Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_store_of_an_unknown_brand_is_404_and_bad_hours_are_400()
    {
        await client.Post("/api/v1/brands/brd_nobody/stores", Make.Store()).Problem(HttpStatusCode.NotFound);

        var brandId = await client.Create("/api/v1/brands", Make.Brand());
        var problem = await client.Post($"/api/v1/brands/{brandId}/stores", new
        {
            name = "Night store",
            platform = "jd",
            serviceHours = new[] { new { day = "fri", open = "22:00", close = "08:00" }, new { day = "sat", open = "25:00", close = "24:00" } },
        }).Problem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["serviceHours[0].close"]);
        Assert.NotNull(problem["errors"]!["serviceHours[1].open"]);
    }

    [Fact]
    public async Task Split_service_hours_and_midnight_close_are_kept()
    {
        var brandId = await client.Create("/api/v1/brands", Make.Brand());
        var storeId = await client.Create($"/api/v1/brands/{brandId}/stores", new
        {
            name = "Douyin live store",
            platform = "douyin",
            serviceHours = new[] { new { day = "sat", open = "09:00", close = "12:00" }, new { day = "sat", open = "18:00", close = "24:00" } },
        });

        var store = await client.Get($"/api/v1/brands/{brandId}/stores/{storeId}").Ok();

        Assert.Equal("douyin", store["platform"]!.GetValue<string>());
        Assert.Equal("24:00", store["serviceHours"]![1]!["close"]!.GetValue<string>());
    }

    [Fact]
    public async Task Employee_numbers_are_unique_across_agents()
    {
        var number = $"BPO-{Guid.NewGuid().ToString("N")[..8]}";
        await client.Create("/api/v1/agents", Make.Agent([], number));

        await client.Post("/api/v1/agents", Make.Agent([], number)).Problem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_agent_certified_for_an_unknown_brand_is_400()
    {
        var problem = await client.Post("/api/v1/agents", Make.Agent(["brd_ghost"])).Problem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["certifications[0]"]);
    }

    [Fact]
    public async Task An_agent_round_trips_every_field()
    {
        var brandId = await client.Create("/api/v1/brands", Make.Brand());
        var id = await client.Create("/api/v1/agents", Make.Agent([brandId], hourlyCost: 38.75m));

        var agent = await client.Get($"/api/v1/agents/{id}").Ok();

        Assert.Equal(38.75m, agent["hourlyCost"]!.GetValue<decimal>());
        Assert.Equal("fullTime", agent["contractType"]!.GetValue<string>());
        Assert.Equal(4, agent["skills"]![0]!["level"]!.GetValue<int>());
        Assert.Equal(brandId, agent["certifications"]![0]!.GetValue<string>());
        Assert.Equal("active", agent["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Skill_levels_outside_1_to_5_are_400()
    {
        var problem = await client.Post("/api/v1/agents", new
        {
            name = "Wang Wei",
            employeeNumber = "E-LEVEL",
            contractType = "student",
            hourlyCost = 20,
            skills = new[] { new { role = "inSale", level = 6 } },
        }).Problem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["skills[0].level"]);
    }

    private async Task<int> CountBrands()
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var page = await client.Get($"/api/v1/brands?limit=200{(cursor is null ? "" : "&cursor=" + cursor)}").Ok();
            count += page["items"]!.AsArray().Count;
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return count;
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class RosterApiOnSqlite(SqliteServerFixture fixture) : RosterApiContract(fixture.Client);

[Collection(PostgresServerCollection.Name)]
public sealed class RosterApiOnPostgres(PostgresServerFixture fixture) : RosterApiContract(fixture.Client);
