namespace BpoCloud.Grains.Roster;

[GenerateSerializer, Alias("bpo.BrandState")]
public sealed class BrandState
{
    [Id(0)] public BrandInfo? Brand { get; set; }
}
