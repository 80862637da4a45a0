using BpoCloud.Grains.Tenancy;
using Microsoft.Extensions.Logging;

namespace BpoCloud.Grains.Tenancy;

/// <summary>
/// Defence in depth: every call into a brand-scoped or firm-only grain is checked against the tenant
/// in RequestContext, so a bug in an endpoint cannot leak another brand's data. Calls with no tenant
/// come from inside the cluster (activation, reminders) and are trusted.
/// </summary>
public sealed class TenantGuardFilter(ILogger<TenantGuardFilter> logger) : IIncomingGrainCallFilter
{
    public Task Invoke(IIncomingGrainCallContext context)
    {
        var tenant = TenantScope.Current;
        if (tenant is null || tenant == TenantScope.Firm)
        {
            return context.Invoke();
        }
        var allowed = context.TargetContext.GrainInstance switch
        {
            IFirmOnlyGrain => false,
            IBrandScopedGrain => BrandOf(context.TargetId) == tenant,
            _ => true,
        };
        if (!allowed)
        {
            logger.LogWarning("Refused {Method} on {Grain} for tenant {TenantId}", context.MethodName, context.TargetId, tenant);
            throw new TenantMismatchException();
        }
        return context.Invoke();
    }

    private static string BrandOf(GrainId id)
    {
        var key = id.Key.ToString();
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? key : key[..slash];
    }
}
