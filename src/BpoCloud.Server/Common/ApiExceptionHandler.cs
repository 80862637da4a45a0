using System.Text.Json;
using BpoCloud.Domain.Common;
using BpoCloud.Grains.Tenancy;
using BpoCloud.Storage.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BpoCloud.Server.Common;

/// <summary>
/// Turns what escapes a handler into problem+json: unreadable bodies and bad query values become 400 with
/// per-field errors (the JSON path of the bad value), anything else a 500 without internals.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var (status, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, Errors(FieldOf(json.Path), "cannot be read: " + Plain(json))),
            BadHttpRequestException bad when bad.StatusCode == 413 => (413, null),
            BadHttpRequestException bad => (bad.StatusCode, Errors(ParameterOf(bad.Message), bad.Message)),
            ValidationException invalid => (400, invalid.Errors),
            InvalidCursorException => (400, Errors("cursor", "is not one this list issued.")),
            TenantMismatchException => (404, null),
            _ => (500, null),
        };
        if (status == 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
        }
        http.Response.StatusCode = status;
        var problem = errors is null
            ? new ProblemDetails { Status = status, Title = status switch { 404 => "Not found", 413 => "Payload too large", _ => "An unexpected error occurred." } }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = "One or more validation errors occurred." };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static Dictionary<string, string[]> Errors(string field, string message) => new() { [field] = [message] };

    /// <summary>"$.skills[0].level" → "skills[0].level"; the body itself when there is no path.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');

    // System.Text.Json messages name CLR types; clients only need to know the value was not acceptable.
    private static string Plain(JsonException json) =>
        json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? "it is not one of the allowed values or has the wrong type."
            : "the JSON is malformed.";

    private static string ParameterOf(string message)
    {
        // Minimal APIs name the parameter in quotes: Failed to bind parameter "int limit" from "abc".
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        if (start < 0 || end < 0)
        {
            return "request";
        }
        var words = message[(start + 1)..end].Split(' ');
        return words[^1];
    }
}
