using System.Security.Cryptography;

namespace BpoCloud.Benchmarks;

/// <summary>
/// The real server on a store, signed in as the bootstrap admin (an opsAdmin, who may act for every brand):
/// what the ingestion and KPI loads start from.
/// </summary>
public sealed class AdminSession : IAsyncDisposable
{
    private AdminSession(ServerProcess server, RosterClient roster, string password, double backgroundCores)
    {
        Server = server;
        Password = password;
        Roster = roster;
        BackgroundCores = backgroundCores;
    }

    public ServerProcess Server { get; }

    /// <summary>The bootstrap admin's password: a kept data set records it, so a later run can sign in again.</summary>
    public string Password { get; }

    /// <summary>Signed in; its <see cref="RosterClient.AccessToken"/> serves the run's other clients.</summary>
    public RosterClient Roster { get; }

    /// <summary>Cores other processes kept busy just before the server started.</summary>
    public double BackgroundCores { get; }

    public static string NewPassword() => "Bench-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)) + "!x";

    /// <summary>
    /// Starts the server; the bootstrap admin is created with <paramref name="password"/> only if the store has no
    /// user yet (a reused store keeps the admin, and the password, of the run that created it).
    /// </summary>
    public static async Task<AdminSession> StartAsync(
        string serverDll, StorageTarget storage, string workDirectory, string password, int concurrency, string label,
        CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>(storage.ServerSettings)
        {
            ["Bootstrap__AdminEmail"] = RosterWorkload.AdminEmail,
            ["Bootstrap__AdminPassword"] = password,
            ["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        var background = await CpuSnapshot.IdleMachineLoadAsync(TimeSpan.FromSeconds(2), cancellationToken);
        Console.Error.WriteLine($"[{label}] background load before the run: {background:0.00} cores busy");
        Console.Error.WriteLine($"[{label}] starting the server on {storage.Description}");
        var server = await ServerProcess.StartAsync(serverDll, settings, workDirectory, cancellationToken);
        Console.Error.WriteLine($"[{label}] ready after {server.TimeToReady.TotalSeconds:0.00} s at {server.BaseAddress}");
        var roster = new RosterClient(server.BaseAddress, concurrency);
        try
        {
            if (!await roster.SignInAsync(RosterWorkload.AdminEmail, password, cancellationToken))
            {
                throw new BenchmarkException("POST /api/v1/auth/token is 404; the service API needs a bearer token.");
            }
            return new AdminSession(server, roster, password, background);
        }
        catch
        {
            roster.Dispose();
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Roster.Dispose();
        await Server.DisposeAsync();
    }
}
