using System.Globalization;
using System.Runtime.InteropServices;

namespace BpoCloud.Benchmarks;

/// <summary>The machine a run was made on; figures mean little without it.</summary>
public sealed record MachineInfo(int Cores, string CpuModel, string Memory, string OperatingSystem, string DotNet)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        ProcValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        MemoryText(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    public override string ToString() => $"{Cores} cores ({CpuModel}), {Memory} RAM, {OperatingSystem}, {DotNet}";

    private static string MemoryText()
    {
        // "MemTotal:       24586304 kB"
        var kb = ProcValue("/proc/meminfo", "MemTotal")?.Split(' ')[0];
        return long.TryParse(kb, NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            ? $"{k / 1024.0 / 1024.0:0.0} GiB"
            : "unknown";
    }

    private static string? ProcValue(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(key, StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
