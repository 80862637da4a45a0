using System.Globalization;
using System.Text;

namespace BpoCloud.Benchmarks;

/// <summary>The run as Markdown, ready to paste into docs/benchmarks.md.</summary>
public static class MarkdownReport
{
    /// <summary>More than this many cores busy before a run means something else competes with it.</summary>
    public const double NoisyBackgroundCores = 0.2;

    /// <summary>Numbers are formatted with the invariant culture (Program sets it), so a table reads the same everywhere.</summary>
    public static string Render(BenchOptions options, MachineInfo machine, DateTimeOffset startedAt, IReadOnlyList<StorageRun> runs)
    {
        var md = new StringBuilder();
        Line(md, $"Run {startedAt:yyyy-MM-dd HH:mm} UTC on {machine}.");
        Line(md, $"{options.Creates} brands then {options.Creates} agents created, {options.Reads} reads per by-id phase, " +
            $"{Math.Max(1, options.Reads / 4)} list pages; {options.Concurrency} requests in flight; " +
            $"cap {options.PhaseCap.TotalSeconds:0} s per phase.");
        md.AppendLine();
        foreach (var run in runs)
        {
            Line(md, $"- {run.Storage}: ready (GET /health/ready = 200) after **{run.TimeToReady.TotalSeconds:0.00} s** " +
                $"(target < {StorageRun.ReadyTarget.TotalSeconds:0} s{(run.MissedReadyTarget ? ", **MISSED**" : ", met")}); " +
                (run.SignedIn ? "requests carried a bearer token" : "**POST /api/v1/auth/token answered 404, requests went without a token**") +
                $"; other processes kept {run.BackgroundCores:0.00} cores busy just before the run{(run.BackgroundCores > NoisyBackgroundCores ? " (**noisy machine, figures are low**)" : "")}.");
        }
        md.AppendLine();
        md.AppendLine("| Storage | Phase | Ops | Seconds | Ops/s | p50 ms | p95 ms | p99 ms | Errors | Server cores | Client cores | Other cores |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in runs.SelectMany(r => r.Phases))
        {
            var ops = p.HitTimeCap ? $"{p.Completed} of {p.Planned} (time cap)" : p.Completed.ToString(CultureInfo.InvariantCulture);
            var errors = p.Errors > 0 ? $"**{p.Errors}**" : "0";
            Line(md, $"| {p.Storage} | {p.Name} | {ops} | {p.Elapsed.TotalSeconds:0.0} | {p.OpsPerSecond:0} | " +
                $"{p.Percentile(50):0.0} | {p.Percentile(95):0.0} | {p.Percentile(99):0.0} | {errors} | " +
                $"{Cores(p.ServerCores)} | {Cores(p.ClientCores)} | {Cores(p.OtherCores)} |");
        }
        md.AppendLine();
        Line(md, $"Latency is client-side (request sent to body read) with {options.Concurrency} requests in flight. Server / client / " +
            $"other cores: average cores used during the phase by the server process, by this load generator, and by everything " +
            $"else (PostgreSQL when it is local, and any unrelated work) out of {Environment.ProcessorCount}.");
        var failed = runs.SelectMany(r => r.Phases).Where(p => p.Errors > 0).ToList();
        foreach (var run in runs.Where(r => r.Failure is not null))
        {
            md.AppendLine();
            Line(md, $"**{run.Storage} run stopped: {run.Failure}.**");
        }
        if (failed.Count > 0)
        {
            md.AppendLine();
            Line(md, "**This run had errors; its figures are not valid.**");
            foreach (var p in failed)
            {
                Line(md, $"- {p.Storage} / {p.Name}: {string.Join(", ", p.ErrorsByKind.Select(e => $"{e.Value} × {e.Key}"))}");
                foreach (var sample in p.ErrorSamples)
                {
                    Line(md, $"  - `{sample.ReplaceLineEndings(" ")}`");
                }
            }
        }
        return md.ToString();
    }

    private static string Cores(double cores) => double.IsNaN(cores) ? "n/a" : $"{Math.Max(0, cores):0.00}";

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
