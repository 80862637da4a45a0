using BpoCloud.Grains.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Grains.Tests.Infrastructure;
using BpoCloud.Storage.Common;
using Dapper;

namespace BpoCloud.Grains.Tests.Roster;

[Collection(ClusterCollection.Name)]
public sealed class RosterGrainTests(ClusterFixture fixture)
{
    private async Task<string> NewBrand(string name = "Acme")
    {
        var id = Drafts.NewId("brd");
        Assert.True((await fixture.Grains.GetGrain<IBrandGrain>(id).Create(Drafts.Brand(name))).IsOk);
        return id;
    }

    [Fact]
    public async Task A_brand_is_created_once_and_versions_count_its_changes()
    {
        var id = Drafts.NewId("brd");
        var grain = fixture.Grains.GetGrain<IBrandGrain>(id);

        var created = await grain.Create(Drafts.Brand("First"));
        var again = await grain.Create(Drafts.Brand("Second"));
        var updated = await grain.Update(Drafts.Brand("Renamed"), expectedVersion: 1);
        var stale = await grain.Update(Drafts.Brand("Lost"), expectedVersion: 1);

        Assert.Equal(1, created.Value!.Version);
        Assert.Equal(Outcome.Conflict, again.Outcome);
        Assert.Equal(2, updated.Value!.Version);
        Assert.Equal(Outcome.Stale, stale.Outcome);
        Assert.Equal("Renamed", (await grain.Get())!.Details.Name);
    }

    [Fact]
    public async Task State_survives_deactivation_of_every_grain()
    {
        var id = await NewBrand("Durable Tea");

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal("Durable Tea", (await fixture.Grains.GetGrain<IBrandGrain>(id).Get())!.Details.Name);
    }

    [Fact]
    public async Task A_lost_read_model_row_is_rewritten_when_the_grain_activates()
    {
        var id = await NewBrand("Self Healing");
        await using var database = new Database(fixture.Storage);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM roster_brand WHERE id = @id", new { id });
        }

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await fixture.Grains.GetGrain<IBrandGrain>(id).Get();

        await using var check = await database.OpenAsync();
        Assert.Equal("Self Healing", await check.ExecuteScalarAsync<string>("SELECT name FROM roster_brand WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task Concurrent_agents_with_one_employee_number_admit_exactly_one()
    {
        var brand = await NewBrand();
        var number = Drafts.NewId("E");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            fixture.Grains.GetGrain<IAgentGrain>(Drafts.NewId("agt")).Create(Drafts.Agent(brand, number))));

        Assert.Equal(1, results.Count(r => r.IsOk));
        Assert.Equal(5, results.Count(r => r.Outcome == Outcome.Conflict));
    }

    [Fact]
    public async Task Changing_an_employee_number_frees_the_old_one()
    {
        var brand = await NewBrand();
        var first = Drafts.NewId("agt");
        var oldNumber = Drafts.NewId("E");
        await fixture.Grains.GetGrain<IAgentGrain>(first).Create(Drafts.Agent(brand, oldNumber));

        await fixture.Grains.GetGrain<IAgentGrain>(first).Update(Drafts.Agent(brand, Drafts.NewId("E")), null);
        var second = await fixture.Grains.GetGrain<IAgentGrain>(Drafts.NewId("agt")).Create(Drafts.Agent(brand, oldNumber));

        Assert.True(second.IsOk);
    }
}
