using BpoCloud.Server.Audit;
using BpoCloud.Server.Common;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Roster;
using BpoCloud.Server.Scheduling;
using BpoCloud.Server.Service;
using Scalar.AspNetCore;

namespace BpoCloud.Server.Extensions;

/// <summary>Maps every capability's endpoints under /api/v1.</summary>
public static class EndpointExtensions
{
    public static RouteGroupBuilder MapBpoCloudApiV1(this WebApplication app)
    {
        // Validation runs first so nothing invalid is audited; the audit filter records every accepted change.
        var api = app.MapGroup("/api/v1")
            .AddEndpointFilterFactory(ValidationFilter.Factory)
            .AddEndpointFilterFactory(AuditFilter.Factory);
        api.MapAuthApi()
            .MapUsersApi()
            .MapApiKeysApi()
            .MapAuditApi()
            .MapBrandsApi()
            .MapStoresApi()
            .MapAgentsApi()
            .MapShiftsApi()
            .MapEventsApi()
            .MapKpisApi()
            .MapSlaApi()
            .MapConversationsApi()
            .MapAlertsApi();
        return api;
    }

    /// <summary>The OpenAPI document at /openapi/v1.json and an interactive API page at /scalar/v1.</summary>
    public static WebApplication MapBpoCloudOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        return app;
    }
}
