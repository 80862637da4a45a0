namespace BpoCloud.Grains.Common;

/// <summary>
/// The answer of a grain command: a value, or the reason it was refused. Grains return refusals
/// instead of throwing so the reason (and per-field errors) crosses the wire intact and the caller
/// cannot confuse "refused" with "failed".
/// </summary>
[GenerateSerializer, Alias("bpo.GrainResult`1"), Immutable]
public sealed record GrainResult<T>(
    [property: Id(0)] Outcome Outcome,
    [property: Id(1)] T? Value,
    [property: Id(2)] string? Detail,
    [property: Id(3)] Dictionary<string, string[]>? Errors)
{
    public bool IsOk => Outcome == Outcome.Ok;

    public static GrainResult<T> Ok(T value) => new(Outcome.Ok, value, null, null);

    public static GrainResult<T> NotFound(string detail) => new(Outcome.NotFound, default, detail, null);

    public static GrainResult<T> Conflict(string detail) => new(Outcome.Conflict, default, detail, null);

    public static GrainResult<T> Stale(string detail) => new(Outcome.Stale, default, detail, null);

    public static GrainResult<T> Forbidden(string detail) => new(Outcome.Forbidden, default, detail, null);

    public static GrainResult<T> Invalid(IDictionary<string, string[]> errors) =>
        new(Outcome.Invalid, default, "The request has invalid fields.", new Dictionary<string, string[]>(errors));

    public static GrainResult<T> Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>Carries a refusal over to a result of another type.</summary>
    public GrainResult<TOther> As<TOther>() => new(Outcome, default, Detail, Errors);
}
