using BpoCloud.Grains.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Common;

/// <summary>Turns a grain's refusal into the problem+json response the API contract names for it.</summary>
public static class GrainResultHttp
{
    public static ProblemHttpResult Problem<T>(GrainResult<T> result) => result.Outcome switch
    {
        Outcome.NotFound => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        Outcome.Conflict => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
        Outcome.Stale => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition failed"),
        Outcome.Forbidden => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
        Outcome.Invalid => TypedResults.Problem(
            result.Detail, statusCode: StatusCodes.Status400BadRequest, title: "One or more validation errors occurred.",
            extensions: new Dictionary<string, object?> { ["errors"] = result.Errors }),
        _ => throw new InvalidOperationException($"{result.Outcome} is not a refusal."),
    };

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
