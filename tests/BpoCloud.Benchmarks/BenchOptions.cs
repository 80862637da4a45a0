using System.Globalization;

namespace BpoCloud.Benchmarks;

/// <summary>What to run, read from the command line; every count and time has a hard upper bound.</summary>
public sealed record BenchOptions(
    IReadOnlyList<StorageKind> Storages,
    int Creates,
    int Reads,
    int Concurrency,
    TimeSpan PhaseCap,
    string? ServerDll,
    bool KeepData)
{
    /// <summary>Workloads to run, in this order (default: the roster load alone, as before).</summary>
    public IReadOnlyList<WorkloadKind> Workloads { get; init; } = [WorkloadKind.Roster];

    /// <summary>Ingestion: events to send (and to insert raw), in batches of <see cref="IngestBatchSize"/>.</summary>
    public int Events { get; init; } = 300_000;

    /// <summary>Ingestion: the server's largest batch (EventBatchRequest.MaxEvents).</summary>
    public const int IngestBatchSize = 1000;

    /// <summary>Ingestion: concurrent senders, for the HTTP phase and the raw INSERT baseline alike.</summary>
    public int Senders { get; init; } = 8;

    /// <summary>Ingestion: how long to wait, after the last batch, for the KPI projection to empty service_dirty.</summary>
    public TimeSpan DrainCap { get; init; } = TimeSpan.FromSeconds(300);

    public int KpiBrands { get; init; } = 300;

    public int KpiDays { get; init; } = 90;

    public int KpiConversationsPerDay { get; init; } = 333;

    /// <summary>Measured requests per KPI phase (one phase per granularity and concurrency).</summary>
    public int KpiRequests { get; init; } = 500;

    /// <summary>The database holding the KPI data set: reused when it already holds one of the same shape.</summary>
    public string? KpiDatabase { get; init; }

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/BpoCloud.Benchmarks -- [options]
          --storage sqlite|postgres|both   storage engine(s) (default: both if BPOCLOUD_BENCH_PG is set, else sqlite)
          --creates N                      brands to create, and as many agents (default 2000, max 100000)
          --reads N                        GETs per read phase: brand by id, agent by id (default 20000, max 1000000);
                                           the paged-list phase runs N/4 list requests
          --concurrency C                  requests in flight (default 32, max 1024)
          --phase-cap SECONDS              hard time cap per phase (default 120, max 600)
          --server-dll PATH                run this BpoCloud.Server.dll instead of src/BpoCloud.Server/bin/Release
          --keep-data                      keep the SQLite file / PostgreSQL database after the run
          --workload roster|ingest|kpi|all what to run (default roster); ingest and kpi need PostgreSQL
          --events N                       ingest: events to send over HTTP and to insert raw (default 300000, max 5000000)
          --senders C                      ingest: concurrent senders of 1,000-event batches (default 8, max 64)
          --drain-cap SECONDS              ingest: wait at most this long for the KPI projection to catch up (default 300)
          --kpi-brands N / --kpi-days N / --kpi-per-day N
                                           kpi: generated data set (default 300 brands x 90 days x 333 conversations)
          --kpi-requests N                 kpi: measured requests per phase (default 500, max 100000)
          --kpi-database NAME              kpi: put the data set in this database (kept with --keep-data); if it exists,
                                           the data set of the same shape in it is reused, and the database is kept
        PostgreSQL: BPOCLOUD_BENCH_PG is an Npgsql connection string to a server where the tool may create and drop
        a database (a fresh one per run).
        """;

    /// <summary>Parses the arguments; returns null and writes why to <paramref name="error"/> when they are wrong.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        // Both engines when a PostgreSQL server is at hand (as `./build.sh bench` arranges), else the embedded one.
        StorageKind[] storages = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(StorageTarget.PostgresEnvironmentVariable))
            ? [StorageKind.Sqlite]
            : [StorageKind.Sqlite, StorageKind.Postgres];
        var options = new BenchOptions(storages, 2000, 20000, 32, TimeSpan.FromSeconds(120), null, false);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            try
            {
                options = args[i] switch
                {
                    "--storage" => options with { Storages = ParseStorage(Next()) },
                    "--creates" => options with { Creates = Bounded(Next(), "--creates", 1, 100_000) },
                    "--reads" => options with { Reads = Bounded(Next(), "--reads", 1, 1_000_000) },
                    "--concurrency" => options with { Concurrency = Bounded(Next(), "--concurrency", 1, 1024) },
                    "--phase-cap" => options with { PhaseCap = TimeSpan.FromSeconds(Bounded(Next(), "--phase-cap", 1, 600)) },
                    "--server-dll" => options with { ServerDll = Path.GetFullPath(Next()) },
                    "--keep-data" => options with { KeepData = true },
                    "--workload" => options with { Workloads = ParseWorkload(Next()) },
                    "--events" => options with { Events = Bounded(Next(), "--events", IngestBatchSize, 5_000_000) },
                    "--senders" => options with { Senders = Bounded(Next(), "--senders", 1, 64) },
                    "--drain-cap" => options with { DrainCap = TimeSpan.FromSeconds(Bounded(Next(), "--drain-cap", 0, 3600)) },
                    "--kpi-brands" => options with { KpiBrands = Bounded(Next(), "--kpi-brands", 1, 2000) },
                    "--kpi-days" => options with { KpiDays = Bounded(Next(), "--kpi-days", 1, 93) },
                    "--kpi-per-day" => options with { KpiConversationsPerDay = Bounded(Next(), "--kpi-per-day", 1, 5000) },
                    "--kpi-requests" => options with { KpiRequests = Bounded(Next(), "--kpi-requests", 1, 100_000) },
                    "--kpi-database" => options with { KpiDatabase = DatabaseName(Next()) },
                    "--" => options, // build.sh forwards its own `--` separator.
                    _ => throw new FormatException($"Unknown option '{args[i]}'."),
                };
            }
            catch (FormatException e)
            {
                error = e.Message;
                return null;
            }
        }
        return options;
    }

    private static StorageKind[] ParseStorage(string value) => value.ToLowerInvariant() switch
    {
        "sqlite" => [StorageKind.Sqlite],
        "postgres" or "postgresql" => [StorageKind.Postgres],
        "both" => [StorageKind.Sqlite, StorageKind.Postgres],
        _ => throw new FormatException($"--storage must be sqlite, postgres or both, not '{value}'."),
    };

    private static WorkloadKind[] ParseWorkload(string value) => value.ToLowerInvariant() switch
    {
        "roster" => [WorkloadKind.Roster],
        "ingest" => [WorkloadKind.Ingest],
        "kpi" => [WorkloadKind.Kpi],
        "all" => [WorkloadKind.Roster, WorkloadKind.Ingest, WorkloadKind.Kpi],
        _ => throw new FormatException($"--workload must be roster, ingest, kpi or all, not '{value}'."),
    };

    /// <summary>Lower-case letters, digits and '_' only, so the name needs no quoting in CREATE/DROP DATABASE.</summary>
    private static string DatabaseName(string value) =>
        value.Length is > 0 and <= 63 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_') && !char.IsAsciiDigit(value[0])
            ? value
            : throw new FormatException($"--kpi-database must be lower-case letters, digits and '_', not '{value}'.");

    private static int Bounded(string value, string name, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{name} must be a whole number from {min} to {max}, not '{value}'.");
}
