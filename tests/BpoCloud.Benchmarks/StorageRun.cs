namespace BpoCloud.Benchmarks;

/// <summary>Everything one storage engine's run produced, for the report.</summary>
public sealed record StorageRun(
    StorageKind Storage,
    string StorageDescription,
    TimeSpan TimeToReady,
    double BackgroundCores,
    bool SignedIn,
    string ServerLogDirectory,
    IReadOnlyList<PhaseResult> Phases,
    string? Failure)
{
    /// <summary>The foundation issue's target: the embedded server answers /health/ready in under 10 s.</summary>
    public static readonly TimeSpan ReadyTarget = TimeSpan.FromSeconds(10);

    public bool MissedReadyTarget => TimeToReady >= ReadyTarget;

    public bool Failed => Failure is not null || MissedReadyTarget || Phases.Any(p => p.Failed);
}
