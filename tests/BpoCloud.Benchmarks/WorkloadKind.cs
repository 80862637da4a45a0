namespace BpoCloud.Benchmarks;

/// <summary>What the tool drives: the roster API, event ingestion, or KPI queries over a generated 90-day data set.</summary>
public enum WorkloadKind
{
    Roster,
    Ingest,
    Kpi,
}
