using BpoCloud.Server.Tests.Infrastructure;

namespace BpoCloud.Server.Tests.Durability;

/// <summary>The embedded server keeps everything in its SQLite file: stop it, start it again on the same file, nothing is missing.</summary>
public sealed class RestartOnSqliteTests
{
    [Fact]
    public async Task Every_brand_store_agent_and_shift_is_back_after_a_restart()
    {
        var path = TestStorage.NewSqlitePath();
        string brand, store, agent, shift;
        using (var first = new BpoCloudServer(TestStorage.Sqlite(path)))
        {
            var admin = first.Admin;
            brand = await admin.Create("/api/v1/brands", Make.Brand("Restart Tea"));
            store = await admin.Create($"/api/v1/brands/{brand}/stores", Make.Store("Restart Store"));
            agent = await admin.Create("/api/v1/agents", Make.Agent([brand], name: "Restart Agent"));
            shift = await admin.Create("/api/v1/shifts", Make.Shift(agent, brand, Make.Monday9));
            await admin.Patch($"/api/v1/shifts/{shift}", new { status = "published" }).Ok();
        }

        using var second = new BpoCloudServer(TestStorage.Sqlite(path));
        var client = second.Admin;

        Assert.Equal("Restart Tea", (await client.Get($"/api/v1/brands/{brand}").Ok())["name"]!.GetValue<string>());
        Assert.Equal("Restart Store", (await client.Get($"/api/v1/brands/{brand}/stores/{store}").Ok())["name"]!.GetValue<string>());
        Assert.Equal("Restart Agent", (await client.Get($"/api/v1/agents/{agent}").Ok())["name"]!.GetValue<string>());
        Assert.Equal("published", (await client.Get($"/api/v1/shifts/{shift}").Ok())["status"]!.GetValue<string>());
        Assert.Single((await client.Get($"/api/v1/shifts?agentId={agent}").Ok())["items"]!.AsArray());
        // The booked time survived too: the same slot is still taken.
        await client.Post("/api/v1/shifts", Make.Shift(agent, brand, Make.Monday9)).Problem(System.Net.HttpStatusCode.Conflict);
    }
}
