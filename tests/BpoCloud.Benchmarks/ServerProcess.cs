using System.Diagnostics;
using System.Globalization;

namespace BpoCloud.Benchmarks;

/// <summary>
/// The real server as a child process (`dotnet BpoCloud.Server.dll`), so the figures include Kestrel, logging
/// and the silo exactly as deployed, and the load generator's own allocations do not share its heap.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>Longer than any sane start; the report compares the measured time with the 10 s target.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Task _drainOut;
    private readonly Task _drainErr;

    private ServerProcess(Process process, Uri baseAddress, string logDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        LogDirectory = logDirectory;
        // The server logs one line per request; its pipes must be drained or it would block on a full pipe.
        // Copying the raw bytes to files costs the client almost nothing and keeps the logs for inspection.
        _drainOut = Drain(process.StandardOutput.BaseStream, Path.Combine(logDirectory, "server.out.log"));
        _drainErr = Drain(process.StandardError.BaseStream, Path.Combine(logDirectory, "server.err.log"));
    }

    public Uri BaseAddress { get; }

    public string LogDirectory { get; }

    public TimeSpan TimeToReady { get; private set; }

    public bool HasExited => _process.HasExited;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>CPU time the server has used so far, to tell how busy it was in a phase.</summary>
    public TimeSpan ProcessorTime => _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;

    public static async Task<ServerProcess> StartAsync(
        string serverDll, IReadOnlyDictionary<string, string> settings, string logDirectory, CancellationToken cancellationToken)
    {
        var ports = FreePorts.Take(3);
        var baseAddress = new Uri($"http://127.0.0.1:{ports[0]}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { serverDll, "--urls", baseAddress.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Orleans__SiloPort"] = ports[1].ToString(CultureInfo.InvariantCulture);
        start.Environment["Orleans__GatewayPort"] = ports[2].ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new BenchmarkException("Could not start `dotnet`.");
        var server = new ServerProcess(process, baseAddress, logDirectory);
        try
        {
            await server.WaitUntilReadyAsync(clock, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (clock.Elapsed < StartTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new BenchmarkException(
                    $"The server exited with code {_process.ExitCode} before it was ready; see the logs in {LogDirectory}.");
            }
            try
            {
                using var response = await probe.GetAsync("health/ready", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    TimeToReady = clock.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(50, cancellationToken);
        }
        throw new BenchmarkException($"The server was not ready within {StartTimeout.TotalSeconds} s; see the logs in {LogDirectory}.");
    }

    private static async Task Drain(Stream from, string path)
    {
        await using var file = File.Create(path);
        await from.CopyToAsync(file);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        await Task.WhenAll(_drainOut, _drainErr);
        _process.Dispose();
    }
}
