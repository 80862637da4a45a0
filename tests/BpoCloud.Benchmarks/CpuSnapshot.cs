using System.Diagnostics;
using System.Globalization;

namespace BpoCloud.Benchmarks;

/// <summary>
/// CPU used so far by the server, by this load generator and by the whole machine. On a small machine the client
/// competes with the server (and PostgreSQL) for the same cores; the differences between two snapshots show
/// which of them a phase was bound by.
/// </summary>
public readonly record struct CpuSnapshot(TimeSpan Server, TimeSpan Client, long MachineBusyTicks, long MachineTotalTicks)
{
    public static CpuSnapshot Take(ServerProcess? server)
    {
        var (busy, total) = ReadProcStat();
        return new CpuSnapshot(server?.ProcessorTime ?? TimeSpan.Zero, Process.GetCurrentProcess().TotalProcessorTime, busy, total);
    }

    /// <summary>Cores the server kept busy on average between <paramref name="start"/> and this snapshot.</summary>
    /// <remarks>NaN when the server exited in between: its CPU time can no longer be read.</remarks>
    public double ServerCoresSince(CpuSnapshot start, TimeSpan wall) => Server >= start.Server ? (Server - start.Server) / wall : double.NaN;

    public double ClientCoresSince(CpuSnapshot start, TimeSpan wall) => (Client - start.Client) / wall;

    /// <summary>
    /// Cores kept busy by everything except the server and this tool: PostgreSQL when it runs on this machine, and
    /// any other work (a build, a test run) that makes the figures worth less. NaN where /proc/stat does not exist.
    /// </summary>
    public double OtherCoresSince(CpuSnapshot start, TimeSpan wall) =>
        MachineCoresSince(start) - ServerCoresSince(start, wall) - ClientCoresSince(start, wall);

    /// <summary>Cores busy on the whole machine, from the before/after counters of /proc/stat.</summary>
    public double MachineCoresSince(CpuSnapshot start)
    {
        var total = MachineTotalTicks - start.MachineTotalTicks;
        return total > 0 ? (double)(MachineBusyTicks - start.MachineBusyTicks) / total * Environment.ProcessorCount : double.NaN;
    }

    /// <summary>Cores other processes keep busy while nothing of ours runs: a noisy machine gives low figures.</summary>
    public static async Task<double> IdleMachineLoadAsync(TimeSpan sample, CancellationToken cancellationToken)
    {
        var (busy0, total0) = ReadProcStat();
        await Task.Delay(sample, cancellationToken);
        var (busy1, total1) = ReadProcStat();
        return total1 > total0 ? (double)(busy1 - busy0) / (total1 - total0) * Environment.ProcessorCount : double.NaN;
    }

    /// <summary>The aggregate "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal ...</summary>
    private static (long Busy, long Total) ReadProcStat()
    {
        const string path = "/proc/stat";
        if (!File.Exists(path))
        {
            return (0, 0);
        }
        var fields = File.ReadLines(path).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        var idle = fields[3] + fields[4]; // idle + iowait
        return (total - idle, total);
    }
}
