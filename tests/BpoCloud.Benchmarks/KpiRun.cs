namespace BpoCloud.Benchmarks;

/// <summary>What the KPI run measured: the data set, how it came to be, and one phase per query shape and concurrency.</summary>
public sealed record KpiRun(
    string StorageDescription,
    double BackgroundCores,
    KpiDataSet DataSet,
    bool Reused,
    TimeSpan? GenerateTime,
    string TableSize,
    IReadOnlyList<PhaseResult> Phases,
    string? Failure)
{
    /// <summary>The target for one brand's 90-day KPI query.</summary>
    public const double TargetP95Ms = 100;

    /// <summary>Phases over HTTP are judged against the target; the SQL-only phase shows the database's share.</summary>
    public static bool IsHttp(PhaseResult phase) => phase.Name.StartsWith("GET", StringComparison.Ordinal);

    public bool MissedTarget => Phases.Where(IsHttp).Any(p => !(p.Percentile(95) <= TargetP95Ms));

    public bool Failed => Failure is not null || Phases.Count == 0 || Phases.Any(p => p.Failed) || MissedTarget;
}
