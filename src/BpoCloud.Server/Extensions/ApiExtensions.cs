using System.Text.Json;
using System.Text.Json.Serialization;
using BpoCloud.Server.Common;
using Microsoft.AspNetCore.Http.Json;

namespace BpoCloud.Server.Extensions;

/// <summary>How the HTTP API speaks: camelCase JSON with camelCase enum strings, problem+json for every error, OpenAPI.</summary>
public static class ApiExtensions
{
    public static IHostApplicationBuilder AddBpoCloudApi(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(o => Configure(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? c.HttpContext.TraceIdentifier);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddOpenApi("v1");
        return builder;
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.TypeInfoResolverChain.Insert(0, Service.IngestionJsonContext.Default);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
