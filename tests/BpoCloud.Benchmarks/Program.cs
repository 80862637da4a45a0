using System.Globalization;
using BpoCloud.Benchmarks;

// Roster HTTP throughput: starts the real server per storage engine, drives it over loopback, prints a Markdown
// table (stdout) and progress (stderr). Exit code: 0 = clean run, 1 = errors, a failed start or a missed target, 2 = bad arguments.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = BenchOptions.Parse(args, out var argumentError);
if (options is null)
{
    Console.Error.WriteLine(argumentError);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };

var startedAt = DateTimeOffset.UtcNow;
var machine = MachineInfo.Current();
var serverDll = await ServerBuild.LocateAsync(options.ServerDll, stop.Token);
Console.Error.WriteLine($"server: {serverDll}");
Console.Error.WriteLine($"machine: {machine}");

var runs = new List<StorageRun>();
var failures = new List<string>();
foreach (var kind in options.Storages)
{
    var workDirectory = Directory.CreateTempSubdirectory($"bpocloud-bench-{kind.ToString().ToLowerInvariant()}-").FullName;
    var keepWorkDirectory = options.KeepData;
    try
    {
        await using var storage = kind == StorageKind.Sqlite
            ? StorageTarget.Sqlite(workDirectory, options.KeepData)
            : await StorageTarget.Postgres(options.KeepData, stop.Token);
        var run = await new RosterWorkload(options, serverDll).RunAsync(storage, workDirectory, stop.Token);
        runs.Add(run);
        keepWorkDirectory |= run.Failed;
    }
    catch (Exception e) when (e is BenchmarkException or Npgsql.NpgsqlException or HttpRequestException)
    {
        failures.Add($"{kind}: {e.Message}");
        keepWorkDirectory = true;
    }
    if (keepWorkDirectory)
    {
        Console.Error.WriteLine($"[{kind}] server logs kept in {workDirectory}");
    }
    else
    {
        Directory.Delete(workDirectory, recursive: true);
    }
}

Console.WriteLine(MarkdownReport.Render(options, machine, startedAt, runs));
foreach (var failure in failures)
{
    Console.WriteLine($"**FAILED** {failure}");
}
var failed = failures.Count > 0 || runs.Any(r => r.Failed);
Console.Error.WriteLine(failed ? "benchmark FAILED (errors, a failed start or a missed target; see above)" : "benchmark passed");
return failed ? 1 : 0;
