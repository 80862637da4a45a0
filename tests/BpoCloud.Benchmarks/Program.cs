using System.Globalization;
using BpoCloud.Benchmarks;

// Load tool: starts the real server as a child process, drives it over loopback, prints Markdown (stdout) and
// progress (stderr). Workloads: roster (per storage engine), ingest and kpi (PostgreSQL).
// Exit code: 0 = clean run, 1 = errors, a failed start or a missed target, 2 = bad arguments.
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

var machine = MachineInfo.Current();
var serverDll = await ServerBuild.LocateAsync(options.ServerDll, stop.Token);
Console.Error.WriteLine($"server: {serverDll}");
Console.Error.WriteLine($"machine: {machine}");

var failed = false;
foreach (var workload in options.Workloads)
{
    failed |= workload switch
    {
        WorkloadKind.Roster => await WorkloadRuns.RosterAsync(options, machine, serverDll, stop.Token),
        WorkloadKind.Ingest => await WorkloadRuns.IngestAsync(options, machine, serverDll, stop.Token),
        _ => await WorkloadRuns.KpiAsync(options, machine, serverDll, stop.Token),
    };
}
Console.Error.WriteLine(failed ? "benchmark FAILED (errors, a failed start or a missed target; see above)" : "benchmark passed");
return failed ? 1 : 0;
