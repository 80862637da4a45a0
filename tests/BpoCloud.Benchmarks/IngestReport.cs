using System.Text;

namespace BpoCloud.Benchmarks;

/// <summary>The ingestion run as Markdown for docs/benchmarks.md ("Event ingestion throughput").</summary>
public static class IngestReport
{
    public static string Render(MachineInfo machine, DateTimeOffset startedAt, IngestRun run)
    {
        var md = new StringBuilder();
        Line(md, $"Run {startedAt:yyyy-MM-dd HH:mm} UTC on {machine}; {run.StorageDescription}.");
        Line(md, $"{run.EventsPlanned} events in batches of {BenchOptions.IngestBatchSize} ({run.HttpBodyBytes / (double)run.EventsPlanned:0} bytes of JSON per event), " +
            $"{run.Senders} concurrent senders; other processes kept {run.BackgroundCores:0.00} cores busy just before the run" +
            $"{(run.BackgroundCores > MarkdownReport.NoisyBackgroundCores ? " (**noisy machine, figures are low**)" : "")}.");
        md.AppendLine();
        md.AppendLine("| Phase | Batches | Seconds | Rows/s | Batches/s | p50 ms | p95 ms | p99 ms | Errors | Server cores | Client cores | Other cores |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row(md, run.Http, run.EventsSent);
        if (run.Raw is { } raw)
        {
            Row(md, raw, run.RawRowsSent);
        }
        md.AppendLine();
        Line(md, $"- Server: **{run.EventsPerSecond:0} events/s** (target ≥ {IngestRun.TargetEventsPerSecond:0}: {Verdict(!run.MissedThroughput)}).");
        Line(md, $"- Raw batched INSERT into the same table: **{run.RawRowsPerSecond:0} rows/s**; server / raw = **{run.Ratio:0.00}** " +
            $"(target ≥ {IngestRun.TargetRawRatio:0.0}: {Verdict(!run.MissedRatio)}).");
        Line(md, $"- Checks: sum of `accepted` {run.AcceptedSum} (duplicates {run.DuplicatesSum}) for {run.EventsSent} events sent; " +
            $"`service_event` rows of the brand {run.RowsInLedger}; raw rows {run.RawRowsInLedger} of {run.RawRowsSent}: " +
            $"{(run.CountsMatch ? "all match" : "**MISMATCH**")}.");
        Line(md, $"- KPI projection: {run.DirtyAtEnd} keys in `service_dirty` when the last batch was answered; " +
            (run.DrainTime is { } d
                ? $"empty {d.TotalSeconds:0} s later (polled every second)"
                : $"**{run.DirtyAfterDrainCap} still there** when the wait ended") +
            $"; {run.ConversationRows} `service_conversation` rows for the brand.");
        if (run.Failure is not null)
        {
            Line(md, $"- **Run stopped: {run.Failure}.**");
        }
        foreach (var p in new[] { run.Http, run.Raw }.OfType<PhaseResult>().Where(p => p.Errors > 0))
        {
            Line(md, $"- **Errors in {p.Name}:** {string.Join(", ", p.ErrorsByKind.Select(e => $"{e.Value} × {e.Key}"))}");
            foreach (var sample in p.ErrorSamples)
            {
                Line(md, $"  - `{sample.ReplaceLineEndings(" ")}`");
            }
        }
        return md.ToString();
    }

    private static void Row(StringBuilder md, PhaseResult p, long rows)
    {
        var batches = p.HitTimeCap ? $"{p.Completed} of {p.Planned} (time cap)" : $"{p.Completed}";
        Line(md, $"| {p.Name} | {batches} | {p.Elapsed.TotalSeconds:0.0} | {rows / p.Elapsed.TotalSeconds:0} | {p.OpsPerSecond:0.0} | " +
            $"{p.Percentile(50):0} | {p.Percentile(95):0} | {p.Percentile(99):0} | {(p.Errors > 0 ? $"**{p.Errors}**" : "0")} | " +
            $"{Cores(p.ServerCores)} | {Cores(p.ClientCores)} | {Cores(p.OtherCores)} |");
    }

    private static string Verdict(bool met) => met ? "met" : "**MISSED**";

    private static string Cores(double cores) => double.IsNaN(cores) ? "n/a" : $"{Math.Max(0, cores):0.00}";

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
