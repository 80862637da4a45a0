namespace BpoCloud.Benchmarks;

/// <summary>What one phase of the load did: how many requests, how fast, how many failed and why.</summary>
public sealed record PhaseResult(
    StorageKind Storage,
    string Name,
    int Planned,
    int Completed,
    TimeSpan Elapsed,
    double[] SortedLatenciesMs,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorsByKind,
    IReadOnlyList<string> ErrorSamples,
    bool HitTimeCap,
    double ServerCores,
    double ClientCores,
    double OtherCores)
{
    public double OpsPerSecond => Completed / Elapsed.TotalSeconds;

    public bool Failed => Errors > 0 || Completed == 0;

    /// <summary>Nearest-rank percentile: the latency that <paramref name="percent"/>% of requests did not exceed.</summary>
    public double Percentile(double percent)
    {
        if (SortedLatenciesMs.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(percent / 100 * SortedLatenciesMs.Length);
        return SortedLatenciesMs[Math.Clamp(rank - 1, 0, SortedLatenciesMs.Length - 1)];
    }
}
