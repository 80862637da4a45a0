using System.Diagnostics;
using Npgsql;

namespace BpoCloud.Benchmarks;

/// <summary>
/// KPI query latency: 300 brands created through the API, 90 days of conversations per brand generated in
/// PostgreSQL (<see cref="KpiDataSet"/>), then GET /brands/{id}/kpis for random brands at each granularity, at
/// concurrency 1 and 8, and the same SQL alone to show the database's share of the time.
/// </summary>
public sealed class KpiWorkload(BenchOptions options, string serverDll)
{
    private const string Label = "kpi";
    private const int WarmUpRequests = 20;
    private static readonly string[] AllRoles = ["preSale", "inSale", "afterSale"];
    private static readonly int[] Concurrencies = [1, 8];

    public async Task<KpiRun> RunAsync(StorageTarget storage, string workDirectory, CancellationToken cancellationToken)
    {
        await using var dataSource = new NpgsqlDataSourceBuilder(storage.ServerSettings["ConnectionStrings__Postgres"])
        { ConnectionStringBuilder = { MaxPoolSize = 16 } }.Build();
        var existing = storage.Reused ? await KpiDataSet.FindAsync(dataSource, cancellationToken) : null;
        if (storage.Reused && (existing is null || existing.BrandIds.Length != options.KpiBrands || existing.Days != options.KpiDays ||
            existing.PerDay != options.KpiConversationsPerDay))
        {
            throw new BenchmarkException($"{storage.Description} exists but holds no KPI data set of this shape; name another --kpi-database.");
        }
        if (existing is not null)
        {
            // The silo of the run that kept this database was killed, not stopped: left in the membership table, it
            // holds the new silo back (not ready within a minute) until it is voted dead. Nothing else runs here.
            await using var forget = dataSource.CreateCommand("DELETE FROM orleansmembershiptable");
            await forget.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var session = await AdminSession.StartAsync(serverDll, storage, workDirectory,
            existing?.AdminPassword ?? AdminSession.NewPassword(), 8, Label, cancellationToken);
        var dataSet = existing;
        TimeSpan? generateTime = null;
        if (dataSet is null)
        {
            var clock = Stopwatch.StartNew();
            dataSet = await Generate(session, dataSource, cancellationToken);
            generateTime = clock.Elapsed;
        }
        else
        {
            Console.Error.WriteLine($"[{Label}] reusing the data set in {storage.Description} ({dataSet.Rows} rows)");
        }

        using var client = new ServiceClient(session.Server.BaseAddress, Concurrencies.Max(), session.Roster.AccessToken);
        var range = $"from={KpiDataSet.Text(dataSet.FirstDay)}&to={KpiDataSet.Text(dataSet.LastDay)}";
        var expected = (long)dataSet.Days * dataSet.PerDay;
        string Brand() => dataSet.BrandIds[Random.Shared.Next(dataSet.BrandIds.Length)];
        async Task<string?> Get(string query, bool checkTotal, CancellationToken ct)
        {
            var (error, body) = await client.GetJsonAsync($"brands/{Brand()}/kpis?{range}&{query}", ct);
            using (body)
            {
                var conversations = body?.RootElement.GetProperty("totals").GetProperty("conversations").GetInt64();
                return error ?? (checkTotal && conversations != expected ? $"totals.conversations {conversations}, expected {expected}" : null);
            }
        }
        for (var i = 0; i < WarmUpRequests; i++)
        {
            await Get("granularity=day", false, cancellationToken);
        }

        var phases = new List<PhaseResult>();
        var shapes = new (string Name, string Query, bool CheckTotal)[]
        {
            ("total", "granularity=total", true), ("day", "granularity=day", true), ("hour", "granularity=hour", true),
            ("total, role=preSale", "granularity=total&role=preSale", false),
        };
        foreach (var concurrency in Concurrencies)
        {
            foreach (var (name, query, check) in shapes)
            {
                var phase = await LoadPhase.RunAsync(StorageKind.Postgres, $"GET kpis {name}, {concurrency} in flight", options.KpiRequests,
                    concurrency, options.PhaseCap, session.Server, (_, ct) => Get(query, check, ct), cancellationToken);
                phases.Add(phase);
                Console.Error.WriteLine($"[{Label}] {phase.Name}: p50 {phase.Percentile(50):0.0} ms, p95 {phase.Percentile(95):0.0} ms, " +
                    $"p99 {phase.Percentile(99):0.0} ms, {phase.Errors} errors");
            }
            var sqlOnly = await LoadPhase.RunAsync(StorageKind.Postgres, $"SQL alone (rollup hours of one brand), {concurrency} in flight", options.KpiRequests,
                concurrency, options.PhaseCap, session.Server, (_, ct) => HoursSql(dataSource, Brand(), dataSet, ct), cancellationToken);
            phases.Add(sqlOnly);
            Console.Error.WriteLine($"[{Label}] {sqlOnly.Name}: p50 {sqlOnly.Percentile(50):0.0} ms, p95 {sqlOnly.Percentile(95):0.0} ms");
        }
        await using var size = dataSource.CreateCommand("SELECT pg_size_pretty(pg_table_size('service_conversation')) || ' table + ' || " +
            "pg_size_pretty(pg_indexes_size('service_conversation')) || ' indexes'");
        var tableSize = (string)(await size.ExecuteScalarAsync(cancellationToken))!;
        return new KpiRun(storage.Description, session.BackgroundCores, dataSet, storage.Reused, generateTime, tableSize, phases,
            session.Server.HasExited ? $"the server exited during the run; see {session.Server.LogDirectory}" : null);
    }

    private async Task<KpiDataSet> Generate(AdminSession session, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var ids = new string?[options.KpiBrands];
        var create = await LoadPhase.RunAsync(StorageKind.Postgres, "create brand", options.KpiBrands, 8, options.PhaseCap, session.Server,
            async (i, ct) =>
            {
                var (error, id) = await session.Roster.CreateBrandAsync(i, AllRoles, ct);
                ids[i] = id;
                return error;
            }, cancellationToken);
        if (create.Failed)
        {
            throw new BenchmarkException($"creating {options.KpiBrands} brands failed: {string.Join("; ", create.ErrorSamples)}");
        }
        Console.Error.WriteLine($"[{Label}] {options.KpiBrands} brands created in {create.Elapsed.TotalSeconds:0.0} s");
        // The last full brand-local (Asia/Shanghai, UTC+8) day, and the days before it.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var dataSet = new KpiDataSet([.. ids.OfType<string>()], options.KpiDays, options.KpiConversationsPerDay,
            today.AddDays(-options.KpiDays), session.Password);
        await dataSet.GenerateAsync(dataSource, cancellationToken);
        return dataSet;
    }

    /// <summary>What SqlKpiQueries.Hours runs for a brand without filters, read to the end: the database's share.</summary>
    private static async Task<string?> HoursSql(NpgsqlDataSource dataSource, string brandId, KpiDataSet dataSet, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(HoursQuery);
        command.Parameters.AddWithValue("brandId", brandId);
        command.Parameters.AddWithValue("from", KpiDataSet.Text(dataSet.FirstDay));
        command.Parameters.AddWithValue("to", KpiDataSet.Text(dataSet.LastDay));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
        }
        return rows > 0 ? null : "no hours";
    }

    private static readonly string HoursQuery =
        "SELECT brand_id, local_date, local_hour, utc_offset_minutes, " +
        string.Join(", ", new[]
        {
            "conversations", "answered", "abandoned", "first_response_ms", "first_response_count", "turns", "answered_turns", "turn_wait_ms",
            "turns_within_3min", "service_level_met", "service_level_offered", "aht_ms", "aht_count", "resolved", "resolved_first_contact",
            "csat_rated", "csat_satisfied", "nps_rated", "nps_promoters", "nps_detractors", "complaints", "presale_conversations", "presale_converted",
        }.Select(c => $"CAST(COALESCE(SUM({c}), 0) AS BIGINT)")) +
        " FROM service_kpi_hour WHERE brand_id = @brandId AND local_date >= @from AND local_date <= @to" +
        " GROUP BY brand_id, local_date, local_hour, utc_offset_minutes";
}
