using BpoCloud.Server.Identity;
using BpoCloud.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BpoCloud.Server.Tests.Identity;

/// <summary>The first start creates the firm admin: from configuration, or with a generated password logged once.</summary>
public sealed class BootstrapAdminTests
{
    [Fact]
    public async Task Without_a_configured_password_one_is_generated_logged_once_and_works()
    {
        var path = TestStorage.NewSqlitePath();
        var logs = new CapturedLog();
        using (var server = new BpoCloudServer(new Dictionary<string, string?>(TestStorage.Sqlite(path)) { ["Bootstrap:AdminPassword"] = "" }, logs.Attach))
        {
            _ = server.Services;
            var line = Assert.Single(logs.Lines, l => l.Contains("one-time password", StringComparison.Ordinal));
            var password = line.Split("password ")[1].Split(';')[0].Trim('"');
            await server.SignIn(BpoCloudServer.AdminEmail, password).Get("/api/v1/users/me").Ok();
        }

        var again = new CapturedLog();
        using var restarted = new BpoCloudServer(new Dictionary<string, string?>(TestStorage.Sqlite(path)) { ["Bootstrap:AdminPassword"] = "" }, again.Attach);
        _ = restarted.Services;
        Assert.DoesNotContain(again.Lines, l => l.Contains("one-time password", StringComparison.Ordinal));
    }

    /// <summary>Stands in for the bootstrap service's logger, so the test reads exactly what it logged.</summary>
    private sealed class CapturedLog : ILogger<BootstrapAdminService>
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public void Attach(IWebHostBuilder builder) =>
            builder.ConfigureServices(s => s.AddSingleton<ILogger<BootstrapAdminService>>(this));

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add(formatter(state, exception));
            }
        }
    }
}
