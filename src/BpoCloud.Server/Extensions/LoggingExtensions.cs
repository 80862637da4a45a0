using Serilog;
using Serilog.Formatting.Compact;

namespace BpoCloud.Server.Extensions;

/// <summary>Serilog: readable lines in Development, compact JSON elsewhere (for log shippers); one line per request.</summary>
public static class LoggingExtensions
{
    public static WebApplicationBuilder AddBpoCloudLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Orleans", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Polly", Serilog.Events.LogEventLevel.Warning)
                .Enrich.FromLogContext();
            if (development)
            {
                log.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
            }
            else
            {
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        });
        return builder;
    }

    public static WebApplication UseBpoCloudRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("TraceId", System.Diagnostics.Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
                if (http.Items.TryGetValue(RequestLogKeys.TenantId, out var tenant) && tenant is not null)
                {
                    diagnostics.Set("TenantId", tenant);
                }
                if (http.User.Identity?.IsAuthenticated == true)
                {
                    diagnostics.Set("UserId", http.User.FindFirst("sub")?.Value ?? http.User.Identity.Name);
                }
            };
        });
        return app;
    }
}
