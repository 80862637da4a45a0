using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace BpoCloud.Benchmarks;

/// <summary>
/// The KPI data set written straight into service_conversation (over HTTP it would take hours): per brand and
/// brand-local day, <see cref="PerDay"/> conversations between 08:00 and 23:59, with counters consistent with
/// docs/metrics.md (a conversation counts 1; answered or not; abandons only among the unanswered; first response
/// and service level only when answered; resolved ≤ answered; and so on). Rows go in day by day, and within a day
/// hour by hour with the brands interleaved, as the projection would write them — so one brand's rows are spread
/// over the table as in production, not packed together.
/// A row in bench_kpi_dataset records the shape, the brands and the admin's password, so a kept database is reused.
/// </summary>
public sealed record KpiDataSet(string[] BrandIds, int Days, int PerDay, DateOnly FirstDay, string AdminPassword)
{
    public DateOnly LastDay => FirstDay.AddDays(Days - 1);

    public long Rows => (long)BrandIds.Length * Days * PerDay;

    private const string Insert = """
        INSERT INTO service_conversation (brand_id, item_key, local_date, local_hour, utc_offset_minutes, started_at_ms, store_id, role,
            agent_id, customer_id, conversations, answered, abandoned, first_response_ms, first_response_count, turns, answered_turns,
            turn_wait_ms, turns_within_3min, service_level_met, service_level_offered, aht_ms, aht_count, resolved, resolved_first_contact,
            csat_rated, csat_satisfied, nps_rated, nps_promoters, nps_detractors, complaints, presale_conversations, presale_converted)
        SELECT brand_id, 'bench-' || @day || '-' || n, @day, hour, 480,
               (extract(epoch FROM @day::date) * 1000)::bigint + hour * 3600000 - 28800000 + (r0 * 3599999)::bigint,
               brand_id || '-s' || (n % 4), role, 'agt_bench' || ord || '_' || (n % 40), 'cus-' || ord || '-' || (r1 * 50000)::int,
               1, answered, (answered = 0 AND r2 < 0.6)::int,
               answered * frt, answered, turns, answered * turns, answered * turns * wait, answered * turns * (wait <= 180000)::int,
               answered * (frt <= 60000)::int, 1, answered * (60000 + (r3 * 900000)::bigint), answered,
               answered * (r4 < 0.85)::int, answered * (r4 < 0.68)::int,
               (r5 < 0.3)::int, (r5 < 0.255)::int, (r6 < 0.1)::int, (r6 < 0.05)::int, (r6 >= 0.085 AND r6 < 0.1)::int,
               (r7 < 0.01)::int, (role = 'preSale')::int, (role = 'preSale' AND r7 < 0.25)::int
        FROM (
            SELECT b.id AS brand_id, b.ord, g.n,
                   8 + least(15, floor(16 * power(random(), 0.85)))::int AS hour,
                   (ARRAY['preSale', 'preSale', 'preSale', 'preSale', 'preSale', 'inSale', 'inSale', 'afterSale', 'afterSale', 'afterSale'])[1 + floor(random() * 10)::int] AS role,
                   (random() < 0.93)::int AS answered,
                   3000 + (power(random(), 2) * 150000)::bigint AS frt,
                   1 + floor(random() * 5)::bigint AS turns,
                   5000 + (power(random(), 3) * 250000)::bigint AS wait,
                   random() AS r0, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7
            FROM unnest(@brands::text[]) WITH ORDINALITY AS b(id, ord) CROSS JOIN generate_series(1, @perDay) AS g(n)
        ) c
        ORDER BY hour, ord, n
        """;

    /// <summary>Writes the rows, two days at a time (this machine has two cores), then VACUUM ANALYZE.</summary>
    public async Task GenerateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, Days), new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
            async (d, ct) =>
            {
                await using var command = dataSource.CreateCommand(Insert);
                command.CommandTimeout = 0;
                command.Parameters.AddWithValue("day", Text(FirstDay.AddDays(d)));
                command.Parameters.AddWithValue("brands", BrandIds);
                command.Parameters.AddWithValue("perDay", PerDay);
                await command.ExecuteNonQueryAsync(ct);
                var n = Interlocked.Increment(ref done);
                if (n % 10 == 0 || n == Days)
                {
                    Console.Error.WriteLine($"[kpi] {n}/{Days} days written ({clock.Elapsed.TotalSeconds:0} s)");
                }
            });
        await Execute(dataSource, "VACUUM (ANALYZE) service_conversation", cancellationToken);
        // The hourly rollup the projection keeps in step with these rows, built here in one statement (as the
        // 0150 migration does for existing data); the dashboard's queries read it.
        await Execute(dataSource, """
            INSERT INTO service_kpi_hour
            SELECT brand_id, local_date, local_hour, utc_offset_minutes, COALESCE(role, ''),
                   SUM(conversations), SUM(answered), SUM(abandoned), SUM(first_response_ms), SUM(first_response_count), SUM(turns),
                   SUM(answered_turns), SUM(turn_wait_ms), SUM(turns_within_3min), SUM(service_level_met), SUM(service_level_offered),
                   SUM(aht_ms), SUM(aht_count), SUM(resolved), SUM(resolved_first_contact), SUM(csat_rated), SUM(csat_satisfied),
                   SUM(nps_rated), SUM(nps_promoters), SUM(nps_detractors), SUM(complaints), SUM(presale_conversations), SUM(presale_converted)
            FROM service_conversation
            GROUP BY brand_id, local_date, local_hour, utc_offset_minutes, COALESCE(role, '')
            """, cancellationToken);
        await Execute(dataSource, "VACUUM (ANALYZE) service_kpi_hour", cancellationToken);
        await Execute(dataSource, """
            CREATE TABLE bench_kpi_dataset (brand_ids TEXT[] NOT NULL, days INTEGER NOT NULL, per_day INTEGER NOT NULL,
                first_day TEXT NOT NULL, admin_password TEXT NOT NULL)
            """, cancellationToken);
        await using var mark = dataSource.CreateCommand("INSERT INTO bench_kpi_dataset VALUES (@brands, @days, @perDay, @first, @password)");
        mark.Parameters.AddWithValue("brands", BrandIds);
        mark.Parameters.AddWithValue("days", Days);
        mark.Parameters.AddWithValue("perDay", PerDay);
        mark.Parameters.AddWithValue("first", Text(FirstDay));
        mark.Parameters.AddWithValue("password", AdminPassword);
        await mark.ExecuteNonQueryAsync(cancellationToken);
        Console.Error.WriteLine($"[kpi] {Rows} rows written and analysed in {clock.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>The data set an earlier run left in this database, or null when there is none.</summary>
    public static async Task<KpiDataSet?> FindAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var exists = dataSource.CreateCommand("SELECT to_regclass('bench_kpi_dataset') IS NOT NULL");
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return null;
        }
        await using var read = dataSource.CreateCommand("SELECT brand_ids, days, per_day, first_day, admin_password FROM bench_kpi_dataset");
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new KpiDataSet(reader.GetFieldValue<string[]>(0), reader.GetInt32(1), reader.GetInt32(2),
                DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetString(4))
            : null;
    }

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task Execute(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
