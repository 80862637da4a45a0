namespace BpoCloud.Grains.Scheduling;

[GenerateSerializer, Alias("bpo.ShiftState")]
public sealed class ShiftState
{
    [Id(0)] public ShiftInfo? Shift { get; set; }
}
