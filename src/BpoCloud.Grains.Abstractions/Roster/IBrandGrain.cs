using BpoCloud.Grains.Common;

namespace BpoCloud.Grains.Roster;

/// <summary>One client brand, keyed by brand id. The single writer of the brand's profile.</summary>
[Alias("bpo.IBrandGrain")]
public interface IBrandGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<GrainResult<BrandInfo>> Create(BrandDraft draft);

    [Alias("Get")]
    Task<BrandInfo?> Get();

    /// <summary>Replaces the brand's fields; <paramref name="expectedVersion"/> (from If-Match) must match when given.</summary>
    [Alias("Update")]
    Task<GrainResult<BrandInfo>> Update(BrandDraft draft, int? expectedVersion);
}
