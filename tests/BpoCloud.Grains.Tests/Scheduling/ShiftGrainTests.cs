using BpoCloud.Domain.Scheduling;
using BpoCloud.Grains.Common;
using BpoCloud.Grains.Roster;
using BpoCloud.Grains.Scheduling;
using BpoCloud.Grains.Tests.Infrastructure;

namespace BpoCloud.Grains.Tests.Scheduling;

[Collection(ClusterCollection.Name)]
public sealed class ShiftGrainTests(ClusterFixture fixture)
{
    private async Task<(string Brand, string Agent)> BrandAndAgent(decimal hourlyCost = 40m)
    {
        var brand = Drafts.NewId("brd");
        await fixture.Grains.GetGrain<IBrandGrain>(brand).Create(Drafts.Brand());
        var agent = Drafts.NewId("agt");
        await fixture.Grains.GetGrain<IAgentGrain>(agent).Create(Drafts.Agent(brand, hourlyCost: hourlyCost));
        return (brand, agent);
    }

    [Fact]
    public async Task Overlapping_shifts_created_on_both_silos_at_once_admit_exactly_one()
    {
        var (brand, agent) = await BrandAndAgent();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            fixture.Grains.GetGrain<IShiftGrain>(Drafts.NewId("shf")).Create(Drafts.Shift(agent, brand, Drafts.Monday9.AddMinutes(i * 15)))));

        Assert.Equal(1, results.Count(r => r.IsOk));
        Assert.Equal(9, results.Count(r => r.Outcome == Outcome.Conflict));
    }

    [Fact]
    public async Task Paid_hours_and_cost_follow_the_agents_hourly_cost()
    {
        var (brand, agent) = await BrandAndAgent(hourlyCost: 33.33m);
        var start = Drafts.Monday9.AddDays(1);
        var draft = Drafts.Shift(agent, brand, start, hours: 9) with { Breaks = [new ShiftBreak(start.AddHours(4), start.AddHours(5))] };

        var shift = (await fixture.Grains.GetGrain<IShiftGrain>(Drafts.NewId("shf")).Create(draft)).Value!;

        Assert.Equal(8m, shift.PaidHours);
        Assert.Equal(266.64m, shift.Cost);
        Assert.Equal(ShiftStatus.Planned, shift.Status);
    }

    [Fact]
    public async Task Cancelling_releases_the_time_and_completed_is_final()
    {
        var (brand, agent) = await BrandAndAgent();
        var start = Drafts.Monday9.AddDays(2);
        var first = fixture.Grains.GetGrain<IShiftGrain>(Drafts.NewId("shf"));
        await first.Create(Drafts.Shift(agent, brand, start));

        Assert.Equal(Outcome.Conflict, (await first.Move(ShiftStatus.Completed, null)).Outcome);
        Assert.True((await first.Move(ShiftStatus.Cancelled, null)).IsOk);
        Assert.Equal(Outcome.Conflict, (await first.Move(ShiftStatus.Published, null)).Outcome);
        Assert.True((await fixture.Grains.GetGrain<IShiftGrain>(Drafts.NewId("shf")).Create(Drafts.Shift(agent, brand, start))).IsOk);
    }

    [Fact]
    public async Task A_shift_for_a_role_the_brand_does_not_buy_is_invalid()
    {
        var (brand, agent) = await BrandAndAgent();

        var result = await fixture.Grains.GetGrain<IShiftGrain>(Drafts.NewId("shf"))
            .Create(Drafts.Shift(agent, brand, Drafts.Monday9.AddDays(3)) with { Role = Domain.Roster.ServiceRole.InSale });

        Assert.Equal(Outcome.Invalid, result.Outcome);
        Assert.Contains("role", result.Errors!.Keys);
    }
}
