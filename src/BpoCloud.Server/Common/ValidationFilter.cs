using BpoCloud.Domain.Common;

namespace BpoCloud.Server.Common;

/// <summary>
/// The API's one validation mechanism: every handler argument that is an <see cref="IValidatableRequest"/>
/// (bodies, and query records bound with [AsParameters]) is checked before the handler runs, and any
/// problem becomes a 400 problem+json naming each field. Nothing reaches a grain unless it passed.
/// </summary>
public static class ValidationFilter
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var validates = context.MethodInfo.GetParameters().Any(p => typeof(IValidatableRequest).IsAssignableFrom(p.ParameterType));
        if (!validates)
        {
            return next;
        }
        return async invocation =>
        {
            var errors = new ValidationErrors();
            foreach (var argument in invocation.Arguments)
            {
                if (argument is IValidatableRequest request)
                {
                    request.Validate(errors);
                }
            }
            return errors.IsEmpty ? await next(invocation) : TypedResults.ValidationProblem(errors.ToDictionary());
        };
    }
}
