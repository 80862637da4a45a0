namespace BpoCloud.Benchmarks;

/// <summary>
/// Runs one workload with its own store and work directory, prints its Markdown report, and says whether it failed.
/// Server logs are kept when a run fails (or with --keep-data), and deleted otherwise.
/// </summary>
public static class WorkloadRuns
{
    public static async Task<bool> RosterAsync(BenchOptions options, MachineInfo machine, string serverDll, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var runs = new List<StorageRun>();
        var failures = new List<string>();
        foreach (var kind in options.Storages)
        {
            var failure = await InWorkDirectory(kind.ToString().ToLowerInvariant(), options.KeepData, async workDirectory =>
            {
                await using var storage = kind == StorageKind.Sqlite
                    ? StorageTarget.Sqlite(workDirectory, options.KeepData)
                    : await StorageTarget.Postgres(options.KeepData, cancellationToken);
                var run = await new RosterWorkload(options, serverDll).RunAsync(storage, workDirectory, cancellationToken);
                runs.Add(run);
                return run.Failed;
            });
            if (failure is not null)
            {
                failures.Add($"{kind}: {failure}");
            }
        }
        Console.WriteLine(MarkdownReport.Render(options, machine, startedAt, runs));
        foreach (var failure in failures)
        {
            Console.WriteLine($"**FAILED** {failure}");
        }
        return failures.Count > 0 || runs.Any(r => r.Failed);
    }

    public static async Task<bool> IngestAsync(BenchOptions options, MachineInfo machine, string serverDll, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        IngestRun? run = null;
        var failure = await InWorkDirectory("ingest", options.KeepData, async workDirectory =>
        {
            await using var storage = await StorageTarget.Postgres(options.KeepData, cancellationToken);
            run = await new IngestWorkload(options, serverDll).RunAsync(storage, workDirectory, cancellationToken);
            return run.Failed;
        });
        if (run is not null)
        {
            Console.WriteLine(IngestReport.Render(machine, startedAt, run));
        }
        return Report("ingest", failure) || run is null || run.Failed;
    }

    public static async Task<bool> KpiAsync(BenchOptions options, MachineInfo machine, string serverDll, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        KpiRun? run = null;
        var failure = await InWorkDirectory("kpi", options.KeepData, async workDirectory =>
        {
            var database = options.KpiDatabase ?? "bpocloud_bench_kpi_" + startedAt.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            await using var storage = await StorageTarget.Postgres(database, options.KeepData, cancellationToken);
            run = await new KpiWorkload(options, serverDll).RunAsync(storage, workDirectory, cancellationToken);
            if (options.KeepData)
            {
                Console.Error.WriteLine($"[kpi] data set kept in database {database}; reuse it with --kpi-database {database}");
            }
            return run.Failed;
        });
        if (run is not null)
        {
            Console.WriteLine(KpiReport.Render(machine, startedAt, run));
        }
        return Report("kpi", failure) || run is null || run.Failed;
    }

    private static bool Report(string label, string? failure)
    {
        if (failure is not null)
        {
            Console.WriteLine($"**FAILED** {label}: {failure}");
        }
        return failure is not null;
    }

    /// <summary>Runs <paramref name="body"/> in a fresh temp directory; returns why it could not run, or null.</summary>
    private static async Task<string?> InWorkDirectory(string label, bool keep, Func<string, Task<bool>> body)
    {
        var workDirectory = Directory.CreateTempSubdirectory($"bpocloud-bench-{label}-").FullName;
        var keepWorkDirectory = keep;
        string? failure = null;
        try
        {
            keepWorkDirectory |= await body(workDirectory);
        }
        catch (Exception e) when (e is BenchmarkException or Npgsql.NpgsqlException or HttpRequestException)
        {
            failure = e.Message;
            keepWorkDirectory = true;
        }
        if (keepWorkDirectory)
        {
            Console.Error.WriteLine($"[{label}] server logs kept in {workDirectory}");
        }
        else
        {
            Directory.Delete(workDirectory, recursive: true);
        }
        return failure;
    }
}
