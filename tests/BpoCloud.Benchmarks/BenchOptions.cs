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

    private static int Bounded(string value, string name, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{name} must be a whole number from {min} to {max}, not '{value}'.");
}
