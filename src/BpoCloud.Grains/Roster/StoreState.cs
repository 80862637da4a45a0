namespace BpoCloud.Grains.Roster;

[GenerateSerializer, Alias("bpo.StoreState")]
public sealed class StoreState
{
    [Id(0)] public StoreInfo? Store { get; set; }
}
