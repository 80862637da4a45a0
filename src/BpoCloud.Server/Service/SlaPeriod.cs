namespace BpoCloud.Server.Service;

/// <summary>Attainment of one day or of the month.</summary>
public sealed record SlaPeriod(
    string Period,
    long Conversations,
    decimal? ServiceLevel,
    decimal? ResponseWithin3MinRate,
    decimal? TargetServiceLevel,
    decimal? ResponseWithin3MinTarget,
    bool? Met);
