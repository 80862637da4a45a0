using System.Security.Cryptography;

namespace BpoCloud.Benchmarks;

/// <summary>
/// The roster load against one storage engine: start the server, create brands, create agents certified for
/// them, then read single brands and agents (grains answering from memory) and page through the brand list
/// (the SQL read model).
/// </summary>
public sealed class RosterWorkload(BenchOptions options, string serverDll)
{
    public const string AdminEmail = "bench@bpocloud.local";

    public async Task<StorageRun> RunAsync(StorageTarget storage, string workDirectory, CancellationToken cancellationToken)
    {
        var password = "Bench-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)) + "!x";
        var settings = new Dictionary<string, string>(storage.ServerSettings)
        {
            ["Bootstrap__AdminEmail"] = AdminEmail,
            ["Bootstrap__AdminPassword"] = password,
            ["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        // Measured before the server starts: on a shared machine, another build running beside the benchmark takes
        // cores from it, and the report must say so.
        var background = await CpuSnapshot.IdleMachineLoadAsync(TimeSpan.FromSeconds(2), cancellationToken);
        Console.Error.WriteLine($"[{storage.Kind}] background load before the run: {background:0.00} cores busy");
        Console.Error.WriteLine($"[{storage.Kind}] starting the server on {storage.Description}");
        await using var server = await ServerProcess.StartAsync(serverDll, settings, workDirectory, cancellationToken);
        Console.Error.WriteLine($"[{storage.Kind}] ready after {server.TimeToReady.TotalSeconds:0.00} s at {server.BaseAddress}");

        using var client = new RosterClient(server.BaseAddress, options.Concurrency);
        var signedIn = await client.SignInAsync(AdminEmail, password, cancellationToken);
        Console.Error.WriteLine(signedIn
            ? $"[{storage.Kind}] signed in as {AdminEmail}"
            : $"[{storage.Kind}] POST /api/v1/auth/token is 404: running without a token");

        var phases = new List<PhaseResult>();
        StorageRun Result(string? failure = null) => new(
            storage.Kind, storage.Description, server.TimeToReady, background, signedIn, workDirectory, phases, failure);
        async Task<bool> Phase(string name, int count, LoadPhase.Operation operation)
        {
            var result = await LoadPhase.RunAsync(
                storage.Kind, name, count, options.Concurrency, options.PhaseCap, server, operation, cancellationToken);
            phases.Add(result);
            Console.Error.WriteLine($"[{storage.Kind}] {name}: {result.Completed} ops in {result.Elapsed.TotalSeconds:0.0} s, " +
                $"{result.OpsPerSecond:0} ops/s, {result.Errors} errors{(result.HitTimeCap ? " (stopped at the time cap)" : "")}");
            // A dead server turns every later request into an error; stop and keep what was measured.
            return !server.HasExited;
        }

        var brandIds = new string?[options.Creates];
        if (!await Phase("create brand", options.Creates, async (i, ct) =>
            {
                var (error, id) = await client.CreateBrandAsync(i, ct);
                brandIds[i] = id;
                return error;
            }))
        {
            return Result(ServerExited(server));
        }
        var brands = brandIds.OfType<string>().ToArray();
        if (brands.Length == 0)
        {
            return Result("no brand could be created, so no agent can be certified");
        }

        var runTag = Convert.ToHexString(RandomNumberGenerator.GetBytes(3));
        var agentIds = new string?[options.Creates];
        if (!await Phase("create agent", options.Creates, async (i, ct) =>
            {
                var (error, id) = await client.CreateAgentAsync(i, runTag, brands[i % brands.Length], ct);
                agentIds[i] = id;
                return error;
            }))
        {
            return Result(ServerExited(server));
        }
        var agents = agentIds.OfType<string>().ToArray();

        if (!await Phase("get brand by id", options.Reads, (_, ct) => client.GetAsync($"brands/{Pick(brands)}", ct)) ||
            (agents.Length > 0 && !await Phase("get agent by id", options.Reads, (_, ct) => client.GetAsync($"agents/{Pick(agents)}", ct))))
        {
            return Result(ServerExited(server));
        }

        // The page cursors are collected first (unmeasured), so the measured requests spread over every page
        // instead of hitting only the first one.
        var cursors = await PageCursors(client, cancellationToken);
        if (!await Phase("list brands (limit 50)", Math.Max(1, options.Reads / 4), async (i, ct) =>
            (await client.ListBrandsAsync(cursors[i % cursors.Count], ct)).Error))
        {
            return Result(ServerExited(server));
        }
        return Result(agents.Length == 0 ? "no agent could be created" : null);
    }

    private static string ServerExited(ServerProcess server) =>
        $"the server exited during the run (exit code {server.ExitCode}); see its logs in {server.LogDirectory}";

    private static string Pick(string[] ids) => ids[Random.Shared.Next(ids.Length)];

    private static async Task<List<string?>> PageCursors(RosterClient client, CancellationToken cancellationToken)
    {
        var cursors = new List<string?> { null };
        // Bounded: at most 100 000 brands / 50 per page.
        for (var page = 0; page < 2001; page++)
        {
            string? error, next;
            try
            {
                (error, next) = await client.ListBrandsAsync(cursors[^1], cancellationToken);
            }
            catch (HttpRequestException)
            {
                break; // The measured phase will count the same failure as errors.
            }
            if (error is not null || next is null)
            {
                break;
            }
            cursors.Add(next);
        }
        return cursors;
    }
}
