using BpoCloud.Grains.Tenancy;
using BpoCloud.Grains.Common;

namespace BpoCloud.Grains.Roster;

public sealed class BrandGrain(
    [PersistentState("brand", StorageNames.Grains)] IPersistentState<BrandState> state,
    IRosterReadModel readModel,
    TimeProvider clock) : Grain, IBrandGrain, IBrandScopedGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Re-project on activation so a read-model row missed by a crash between the two writes heals itself.
        if (state.State.Brand is { } brand)
        {
            await readModel.UpsertBrand(brand);
        }
    }

    public async Task<GrainResult<BrandInfo>> Create(BrandDraft draft)
    {
        if (state.State.Brand is not null)
        {
            return GrainResult<BrandInfo>.Conflict($"Brand '{this.GetPrimaryKeyString()}' already exists.");
        }
        var now = clock.GetUtcNow();
        return await Save(new BrandInfo(this.GetPrimaryKeyString(), draft, 1, now, now));
    }

    public Task<BrandInfo?> Get() => Task.FromResult(state.State.Brand);

    public async Task<GrainResult<BrandInfo>> Update(BrandDraft draft, int? expectedVersion)
    {
        if (state.State.Brand is not { } current)
        {
            return GrainResult<BrandInfo>.NotFound($"Brand '{this.GetPrimaryKeyString()}' does not exist.");
        }
        if (expectedVersion is { } v && v != current.Version)
        {
            return GrainResult<BrandInfo>.Stale($"Brand was changed since version {v}; it is now at version {current.Version}.");
        }
        return await Save(current with { Details = draft, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow() });
    }

    private async Task<GrainResult<BrandInfo>> Save(BrandInfo brand)
    {
        state.State.Brand = brand;
        await state.WriteStateAsync();
        await readModel.UpsertBrand(brand);
        return GrainResult<BrandInfo>.Ok(brand);
    }
}
