namespace BpoCloud.Grains.Roster;

/// <summary>Builds and reads the "{brandId}/{storeId}" key of a store grain.</summary>
public static class StoreKey
{
    public static string For(string brandId, string storeId) => $"{brandId}/{storeId}";

    public static (string BrandId, string StoreId) Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? throw new ArgumentException($"'{key}' is not a store key.", nameof(key)) : (key[..slash], key[(slash + 1)..]);
    }
}
