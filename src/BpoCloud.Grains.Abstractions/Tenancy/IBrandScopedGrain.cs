namespace BpoCloud.Grains.Tenancy;

/// <summary>Marks a grain whose key starts with the brand id ("{brandId}" or "{brandId}/..."): only that brand or the firm may call it.</summary>
public interface IBrandScopedGrain;
