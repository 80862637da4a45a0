namespace BpoCloud.Benchmarks;

/// <summary>What the ingestion run measured: the HTTP phase, its checks, the projection's catch-up and the raw baseline.</summary>
public sealed record IngestRun(
    string StorageDescription,
    double BackgroundCores,
    int EventsPlanned,
    int Senders,
    int HttpBodyBytes,
    PhaseResult Http,
    long EventsSent,
    long AcceptedSum,
    long DuplicatesSum,
    long RowsInLedger,
    long DirtyAtEnd,
    TimeSpan? DrainTime,
    long DirtyAfterDrainCap,
    long ConversationRows,
    PhaseResult? Raw,
    long RawRowsSent,
    long RawRowsInLedger,
    string? Failure)
{
    /// <summary>The targets: at least 10,000 events/s over HTTP, and at least half of the raw INSERT rate.</summary>
    public const double TargetEventsPerSecond = 10_000;
    public const double TargetRawRatio = 0.5;

    public double EventsPerSecond => EventsSent / Http.Elapsed.TotalSeconds;

    public double RawRowsPerSecond => Raw is null ? double.NaN : RawRowsSent / Raw.Elapsed.TotalSeconds;

    public double Ratio => EventsPerSecond / RawRowsPerSecond;

    public bool CountsMatch => AcceptedSum == EventsSent && RowsInLedger == EventsSent && DuplicatesSum == 0 && RawRowsInLedger == RawRowsSent;

    public bool MissedThroughput => EventsPerSecond < TargetEventsPerSecond;

    public bool MissedRatio => !(Ratio >= TargetRawRatio);

    public bool Failed => Failure is not null || Http.Failed || Raw is null || Raw.Failed || !CountsMatch || MissedThroughput || MissedRatio;
}
