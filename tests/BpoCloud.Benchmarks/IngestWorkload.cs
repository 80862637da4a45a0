using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;

namespace BpoCloud.Benchmarks;

/// <summary>
/// Event ingestion against the server on PostgreSQL: one brand, batches of 1,000 events from N concurrent senders,
/// then checks (sum of accepted, rows in service_event), the KPI projection's catch-up (service_dirty), and in the
/// same run and database the raw baseline: the same rows inserted by <see cref="RawEventInserter"/> under another brand.
/// </summary>
public sealed class IngestWorkload(BenchOptions options, string serverDll)
{
    private const string Label = "ingest";
    private static readonly string[] AllRoles = ["preSale", "inSale", "afterSale"];

    public async Task<IngestRun> RunAsync(StorageTarget storage, string workDirectory, CancellationToken cancellationToken)
    {
        await using var session = await AdminSession.StartAsync(
            serverDll, storage, workDirectory, AdminSession.NewPassword(), options.Senders, Label, cancellationToken);
        var (error, brandId) = await session.Roster.CreateBrandAsync(0, AllRoles, cancellationToken);
        if (brandId is null)
        {
            throw new BenchmarkException($"POST /api/v1/brands failed: {error}");
        }
        var runTag = Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant();
        var clock = Stopwatch.StartNew();
        var batches = EventGenerator.Generate(options.Events, BenchOptions.IngestBatchSize, runTag, DateTimeOffset.UtcNow, seed: 20261123);
        var bodyBytes = batches.Sum(b => b.HttpBody.Length);
        Console.Error.WriteLine($"[{Label}] generated {options.Events} events in {batches.Count} batches " +
            $"({bodyBytes / 1024.0 / 1024.0:0.0} MiB of JSON) in {clock.Elapsed.TotalSeconds:0.0} s; brand {brandId}");

        await using var dataSource = new NpgsqlDataSourceBuilder(storage.ServerSettings["ConnectionStrings__Postgres"])
        { ConnectionStringBuilder = { MaxPoolSize = options.Senders + 4 } }.Build();
        using var client = new ServiceClient(session.Server.BaseAddress, options.Senders, session.Roster.AccessToken);

        await WarmUp(session, client, dataSource, runTag, cancellationToken);

        long accepted = 0, duplicates = 0, sent = 0;
        var http = await LoadPhase.RunAsync(StorageKind.Postgres, $"POST events (batches of {BenchOptions.IngestBatchSize})", batches.Count,
            options.Senders, options.PhaseCap, session.Server, async (i, ct) =>
            {
                var (failure, a, d) = await client.PostEventsAsync(brandId, batches[i].HttpBody, ct);
                if (failure is null)
                {
                    Interlocked.Add(ref accepted, a);
                    Interlocked.Add(ref duplicates, d);
                    Interlocked.Add(ref sent, batches[i].Count);
                }
                return failure;
            }, cancellationToken);
        Console.Error.WriteLine($"[{Label}] HTTP: {sent} events in {http.Elapsed.TotalSeconds:0.0} s = {sent / http.Elapsed.TotalSeconds:0} events/s, {http.Errors} errors");

        var rows = await Count(dataSource, "SELECT count(*) FROM service_event WHERE brand_id = @brand", brandId, cancellationToken);
        var dirtyAtEnd = await Count(dataSource, "SELECT count(*) FROM service_dirty WHERE brand_id = @brand", brandId, cancellationToken);
        var (drain, dirtyLeft) = await WaitForProjection(dataSource, brandId, session.Server, cancellationToken);
        var conversations = await Count(dataSource, "SELECT count(*) FROM service_conversation WHERE brand_id = @brand", brandId, cancellationToken);
        Console.Error.WriteLine($"[{Label}] ledger rows {rows}, dirty keys at end {dirtyAtEnd}, " +
            (drain is { } d0 ? $"drained in {d0.TotalSeconds:0.0} s" : $"{dirtyLeft} still dirty after {options.DrainCap.TotalSeconds:0} s") +
            $", {conversations} KPI rows");
        if (session.Server.HasExited)
        {
            return Result(null, 0, 0, $"the server exited during the run (exit code {session.Server.ExitCode}); see {session.Server.LogDirectory}");
        }

        // Same rows, same table, same database and concurrency; another brand id so no key collides with the HTTP rows.
        var rawBrand = "bench_raw_" + runTag;
        var inserter = new RawEventInserter(dataSource, rawBrand);
        long rawSent = 0;
        var raw = await LoadPhase.RunAsync(StorageKind.Postgres, "raw INSERT … unnest (1,000 rows each)", batches.Count,
            options.Senders, options.PhaseCap, session.Server, async (i, ct) =>
            {
                var failure = await inserter.InsertAsync(batches[i], ct);
                if (failure is null)
                {
                    Interlocked.Add(ref rawSent, batches[i].Count);
                }
                return failure;
            }, cancellationToken);
        var rawRows = await Count(dataSource, "SELECT count(*) FROM service_event WHERE brand_id = @brand", rawBrand, cancellationToken);
        Console.Error.WriteLine($"[{Label}] raw: {rawSent} rows in {raw.Elapsed.TotalSeconds:0.0} s = {rawSent / raw.Elapsed.TotalSeconds:0} rows/s, {raw.Errors} errors");
        return Result(raw, rawSent, rawRows, null);

        IngestRun Result(PhaseResult? rawPhase, long rawRowsSent, long rawRowsInLedger, string? failure) => new(
            storage.Description, session.BackgroundCores, options.Events, options.Senders, bodyBytes, http, sent, accepted, duplicates,
            rows, dirtyAtEnd, drain, dirtyLeft, conversations, rawPhase, rawRowsSent, rawRowsInLedger, failure);
    }

    /// <summary>
    /// Both paths run a short untimed warm-up first (JIT tiering, connection pools, PostgreSQL caches), the server's
    /// into its own brand whose projection is then left to drain, so neither measured phase pays for starting cold.
    /// </summary>
    private async Task WarmUp(AdminSession session, ServiceClient client, NpgsqlDataSource dataSource, string runTag, CancellationToken cancellationToken)
    {
        const int warmBatches = 40;
        var (error, warmBrand) = await session.Roster.CreateBrandAsync(1, AllRoles, cancellationToken);
        if (warmBrand is null)
        {
            throw new BenchmarkException($"POST /api/v1/brands failed: {error}");
        }
        var warm = EventGenerator.Generate(warmBatches * BenchOptions.IngestBatchSize, BenchOptions.IngestBatchSize, runTag + "w", DateTimeOffset.UtcNow, seed: 7);
        await Parallel.ForEachAsync(warm, new ParallelOptions { MaxDegreeOfParallelism = options.Senders, CancellationToken = cancellationToken },
            async (batch, ct) => await client.PostEventsAsync(warmBrand, batch.HttpBody, ct));
        var inserter = new RawEventInserter(dataSource, "bench_warm_" + runTag);
        await Parallel.ForEachAsync(warm, new ParallelOptions { MaxDegreeOfParallelism = options.Senders, CancellationToken = cancellationToken },
            async (batch, ct) => await inserter.InsertAsync(batch, ct));
        await WaitForProjection(dataSource, warmBrand, session.Server, cancellationToken);
        Console.Error.WriteLine($"[{Label}] warmed up with {warm.Count} untimed batches on each path");
    }

    /// <summary>Polls service_dirty once a second until the brand has no pending key or the drain cap passes.</summary>
    private async Task<(TimeSpan? Drain, long Left)> WaitForProjection(
        NpgsqlDataSource dataSource, string brandId, ServerProcess server, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var left = await Count(dataSource, "SELECT count(*) FROM service_dirty WHERE brand_id = @brand", brandId, cancellationToken);
            if (left == 0)
            {
                return (clock.Elapsed, 0);
            }
            if (clock.Elapsed >= options.DrainCap || server.HasExited)
            {
                return (null, left);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static async Task<long> Count(NpgsqlDataSource dataSource, string sql, string brandId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("brand", brandId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
