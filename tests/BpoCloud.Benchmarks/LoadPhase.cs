using System.Collections.Concurrent;
using System.Diagnostics;

namespace BpoCloud.Benchmarks;

/// <summary>
/// Runs one operation <c>count</c> times with a fixed number of requests in flight (a closed loop: each worker
/// sends its next request when the previous answer arrives) and stops early at the time cap.
/// </summary>
public static class LoadPhase
{
    private const int MaxErrorSamples = 5;

    /// <summary>An operation returns null on success, or a short description of what went wrong.</summary>
    public delegate Task<string?> Operation(int index, CancellationToken cancellationToken);

    public static async Task<PhaseResult> RunAsync(
        StorageKind storage, string name, int count, int concurrency, TimeSpan cap, ServerProcess server,
        Operation operation, CancellationToken cancellationToken)
    {
        var latencies = new double[count];
        Array.Fill(latencies, double.NaN);
        var errorsByKind = new ConcurrentDictionary<string, int>();
        var samples = new ConcurrentQueue<string>();
        var next = -1;
        var errors = 0;
        var cpuBefore = CpuSnapshot.Take(server);
        var clock = Stopwatch.StartNew();

        async Task Worker()
        {
            while (clock.Elapsed < cap)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= count)
                {
                    return;
                }
                var started = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await operation(index, cancellationToken);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    // A refused connection or a request timeout is a failed request, not a crashed benchmark.
                    error = e.GetType().Name + ": " + e.Message;
                }
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (error is not null)
                {
                    Interlocked.Increment(ref errors);
                    errorsByKind.AddOrUpdate(error.Split(' ', 2)[0], 1, (_, n) => n + 1);
                    if (samples.Count < MaxErrorSamples)
                    {
                        samples.Enqueue(error);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Worker()));
        var elapsed = clock.Elapsed;
        var cpuAfter = CpuSnapshot.Take(server);
        var done = latencies.Where(l => !double.IsNaN(l)).Order().ToArray();
        return new PhaseResult(
            storage, name, count, done.Length, elapsed, done, errors,
            new Dictionary<string, int>(errorsByKind), [.. samples.Take(MaxErrorSamples)],
            HitTimeCap: done.Length < count,
            cpuAfter.ServerCoresSince(cpuBefore, elapsed),
            cpuAfter.ClientCoresSince(cpuBefore, elapsed),
            cpuAfter.OtherCoresSince(cpuBefore, elapsed));
    }
}
