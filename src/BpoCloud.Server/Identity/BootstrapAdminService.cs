using System.Security.Cryptography;
using BpoCloud.Domain.Tenancy;
using BpoCloud.Storage.Identity;

namespace BpoCloud.Server.Identity;

/// <summary>
/// On the first start with no users, creates the firm admin from Bootstrap:AdminEmail and
/// Bootstrap:AdminPassword; without a configured password it generates one and logs it once.
/// Servers starting together race harmlessly: the unique email lets only one create the admin,
/// and only that one logs a password.
/// </summary>
public sealed class BootstrapAdminService(
    SqlUserStore users, Accounts accounts, IConfiguration configuration, ILogger<BootstrapAdminService> logger) : IHostedService
{
    public const string DefaultEmail = "admin@bpocloud.local";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await users.Any())
        {
            return;
        }
        var email = configuration["Bootstrap:AdminEmail"] is { Length: > 0 } configured ? configured : DefaultEmail;
        var password = configuration["Bootstrap:AdminPassword"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        }
        var result = await accounts.Create(email, password!, "Firm administrator", Role.OpsAdmin, null, null);
        if (!result.IsOk)
        {
            return;
        }
        if (generated)
        {
            logger.LogWarning("Created the first admin {Email} with the one-time password {Password}; change it after signing in", email, password);
        }
        else
        {
            logger.LogInformation("Created the first admin {Email} from configuration", email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
