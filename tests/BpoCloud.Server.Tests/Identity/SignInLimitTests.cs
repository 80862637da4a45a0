using System.Net;
using BpoCloud.Server.Tests.Infrastructure;

namespace BpoCloud.Server.Tests.Identity;

/// <summary>Guessing passwords is slowed down: past the per-minute limit, sign-in answers 429.</summary>
public sealed class SignInLimitTests
{
    [Fact]
    public async Task The_sign_in_past_the_limit_gets_429_problem()
    {
        using var server = new BpoCloudServer(new Dictionary<string, string?>(TestStorage.Sqlite()) { ["Auth:SignInAttemptsPerMinute"] = "3" });
        var client = server.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            await client.Post("/api/v1/auth/token", new { email = "guess@x.example", password = $"guess-number-{i}" }).Problem(HttpStatusCode.Unauthorized);
        }

        await client.Post("/api/v1/auth/token", new { email = BpoCloudServer.AdminEmail, password = BpoCloudServer.AdminPassword }).Problem(HttpStatusCode.TooManyRequests);
    }
}
