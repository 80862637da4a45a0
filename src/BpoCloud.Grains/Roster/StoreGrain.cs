using BpoCloud.Grains.Tenancy;
using BpoCloud.Grains.Common;

namespace BpoCloud.Grains.Roster;

public sealed class StoreGrain(
    [PersistentState("store", StorageNames.Grains)] IPersistentState<StoreState> state,
    IRosterReadModel readModel,
    TimeProvider clock) : Grain, IStoreGrain, IBrandScopedGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Store is { } store)
        {
            await readModel.UpsertStore(store);
        }
    }

    public async Task<GrainResult<StoreInfo>> Create(StoreDraft draft)
    {
        var (brandId, storeId) = StoreKey.Parse(this.GetPrimaryKeyString());
        if (state.State.Store is not null)
        {
            return GrainResult<StoreInfo>.Conflict($"Store '{storeId}' already exists.");
        }
        if (await GrainFactory.GetGrain<IBrandGrain>(brandId).Get() is null)
        {
            return GrainResult<StoreInfo>.NotFound($"Brand '{brandId}' does not exist.");
        }
        var now = clock.GetUtcNow();
        return await Save(new StoreInfo(storeId, brandId, draft, 1, now, now));
    }

    public Task<StoreInfo?> Get() => Task.FromResult(state.State.Store);

    public async Task<GrainResult<StoreInfo>> Update(StoreDraft draft, int? expectedVersion)
    {
        if (state.State.Store is not { } current)
        {
            return GrainResult<StoreInfo>.NotFound($"Store '{StoreKey.Parse(this.GetPrimaryKeyString()).StoreId}' does not exist.");
        }
        if (expectedVersion is { } v && v != current.Version)
        {
            return GrainResult<StoreInfo>.Stale($"Store was changed since version {v}; it is now at version {current.Version}.");
        }
        return await Save(current with { Details = draft, Version = current.Version + 1, UpdatedAt = clock.GetUtcNow() });
    }

    private async Task<GrainResult<StoreInfo>> Save(StoreInfo store)
    {
        state.State.Store = store;
        await state.WriteStateAsync();
        await readModel.UpsertStore(store);
        return GrainResult<StoreInfo>.Ok(store);
    }
}
