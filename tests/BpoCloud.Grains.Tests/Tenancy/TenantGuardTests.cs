using BpoCloud.Grains.Roster;
using BpoCloud.Grains.Tenancy;
using BpoCloud.Grains.Tests.Infrastructure;

namespace BpoCloud.Grains.Tests.Tenancy;

/// <summary>Defence in depth: grains refuse a call made for another tenant even if an endpoint forgot to check.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TenantGuardTests(ClusterFixture fixture)
{
    private async Task<string> NewBrand()
    {
        var id = Drafts.NewId("brd");
        RequestContext.Clear();
        await fixture.Grains.GetGrain<IBrandGrain>(id).Create(Drafts.Brand());
        return id;
    }

    [Fact]
    public async Task A_brand_grain_refuses_a_call_made_for_another_brand()
    {
        var brandA = await NewBrand();
        var brandB = await NewBrand();

        TenantScope.EnterBrand(brandA);
        try
        {
            Assert.NotNull(await fixture.Grains.GetGrain<IBrandGrain>(brandA).Get());
            await Assert.ThrowsAsync<TenantMismatchException>(() => fixture.Grains.GetGrain<IBrandGrain>(brandB).Get());
            await Assert.ThrowsAsync<TenantMismatchException>(() =>
                fixture.Grains.GetGrain<IStoreGrain>(StoreKey.For(brandB, Drafts.NewId("sto"))).Get());
        }
        finally
        {
            RequestContext.Clear();
        }
    }

    [Fact]
    public async Task Firm_only_grains_refuse_every_brand()
    {
        var brand = await NewBrand();
        var agent = Drafts.NewId("agt");
        await fixture.Grains.GetGrain<IAgentGrain>(agent).Create(Drafts.Agent(brand));

        TenantScope.EnterBrand(brand);
        try
        {
            await Assert.ThrowsAsync<TenantMismatchException>(() => fixture.Grains.GetGrain<IAgentGrain>(agent).Get());
        }
        finally
        {
            RequestContext.Clear();
        }
        TenantScope.EnterFirm();
        try
        {
            Assert.NotNull(await fixture.Grains.GetGrain<IAgentGrain>(agent).Get());
        }
        finally
        {
            RequestContext.Clear();
        }
    }
}
