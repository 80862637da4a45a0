using BpoCloud.Grains.Common;

namespace BpoCloud.Grains.Roster;

/// <summary>One store of a brand, keyed "{brandId}/{storeId}" so the key alone says whose data it is.</summary>
[Alias("bpo.IStoreGrain")]
public interface IStoreGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<GrainResult<StoreInfo>> Create(StoreDraft draft);

    [Alias("Get")]
    Task<StoreInfo?> Get();

    [Alias("Update")]
    Task<GrainResult<StoreInfo>> Update(StoreDraft draft, int? expectedVersion);
}
