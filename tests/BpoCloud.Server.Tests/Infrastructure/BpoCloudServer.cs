using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BpoCloud.Server.Tests.Infrastructure;

/// <summary>The real server (Orleans silo included) in-process, on the storage the test chooses, with a known first admin.</summary>
public sealed class BpoCloudServer(IReadOnlyDictionary<string, string?> settings, Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.bpocloud.local";
    public const string AdminPassword = "Correct-Horse-Battery-9";

    private HttpClient? _admin;

    public IReadOnlyDictionary<string, string?> Settings { get; } = settings;

    /// <summary>A client signed in as the firm admin (opsAdmin).</summary>
    public HttpClient Admin => _admin ??= SignIn(AdminEmail, AdminPassword);

    /// <summary>A new client carrying a bearer token for the given account.</summary>
    public HttpClient SignIn(string email, string password)
    {
        var client = CreateClient();
        var response = client.PostAsJsonAsync("/api/v1/auth/token", new { email, password }).GetAwaiter().GetResult();
        response.EnsureSuccessStatusCode();
        var token = response.Content.ReadFromJsonAsync<JsonObject>().GetAwaiter().GetResult()!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:ClusterId", $"test-{Guid.NewGuid():N}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Auth:SignInAttemptsPerMinute", "10000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        configure?.Invoke(builder);
    }
}
