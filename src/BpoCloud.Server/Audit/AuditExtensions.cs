using BpoCloud.Storage.Audit;

namespace BpoCloud.Server.Audit;

/// <summary>Registers the audit log.</summary>
public static class AuditExtensions
{
    public static IHostApplicationBuilder AddBpoCloudAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SqlAuditLog>();
        return builder;
    }
}
