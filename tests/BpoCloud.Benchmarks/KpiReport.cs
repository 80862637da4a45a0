using System.Text;

namespace BpoCloud.Benchmarks;

/// <summary>The KPI run as Markdown for docs/benchmarks.md ("KPI query latency").</summary>
public static class KpiReport
{
    public static string Render(MachineInfo machine, DateTimeOffset startedAt, KpiRun run)
    {
        var md = new StringBuilder();
        var d = run.DataSet;
        Line(md, $"Run {startedAt:yyyy-MM-dd HH:mm} UTC on {machine}; {run.StorageDescription}.");
        Line(md, $"Data set: {d.BrandIds.Length} brands × {d.Days} days ({KpiDataSet.Text(d.FirstDay)} to {KpiDataSet.Text(d.LastDay)}) × " +
            $"{d.PerDay} conversations per brand and day = {d.Rows} `service_conversation` rows ({run.TableSize}); " +
            (run.GenerateTime is { } g ? $"brands created and rows generated in {g.TotalSeconds:0} s" : "reused from an earlier run") +
            $". Other processes kept {run.BackgroundCores:0.00} cores busy just before the run" +
            $"{(run.BackgroundCores > MarkdownReport.NoisyBackgroundCores ? " (**noisy machine, figures are low**)" : "")}.");
        md.AppendLine();
        md.AppendLine("| Phase | Requests | Seconds | Req/s | p50 ms | p95 ms | p99 ms | Errors | Server cores | Client cores | Other cores |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in run.Phases)
        {
            var requests = p.HitTimeCap ? $"{p.Completed} of {p.Planned} (time cap)" : $"{p.Completed}";
            var p95 = KpiRun.IsHttp(p) && !(p.Percentile(95) <= KpiRun.TargetP95Ms) ? $"**{p.Percentile(95):0.0}**" : $"{p.Percentile(95):0.0}";
            Line(md, $"| {p.Name} | {requests} | {p.Elapsed.TotalSeconds:0.0} | {p.OpsPerSecond:0} | {p.Percentile(50):0.0} | {p95} | " +
                $"{p.Percentile(99):0.0} | {(p.Errors > 0 ? $"**{p.Errors}**" : "0")} | {Cores(p.ServerCores)} | {Cores(p.ClientCores)} | {Cores(p.OtherCores)} |");
        }
        md.AppendLine();
        Line(md, $"Target p95 ≤ {KpiRun.TargetP95Ms:0} ms for every GET phase: {(run.MissedTarget ? "**MISSED**" : "met")}.");
        if (run.Failure is not null)
        {
            Line(md, $"**Run stopped: {run.Failure}.**");
        }
        foreach (var p in run.Phases.Where(p => p.Errors > 0))
        {
            Line(md, $"- **Errors in {p.Name}:** {string.Join(", ", p.ErrorsByKind.Select(e => $"{e.Value} × {e.Key}"))}");
            foreach (var sample in p.ErrorSamples)
            {
                Line(md, $"  - `{sample.ReplaceLineEndings(" ")}`");
            }
        }
        return md.ToString();
    }

    private static string Cores(double cores) => double.IsNaN(cores) ? "n/a" : $"{Math.Max(0, cores):0.00}";

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
