namespace BpoCloud.Domain.Common;

/// <summary>Thrown when a rule refuses input deep inside (a grain re-checking what the endpoint already checked).</summary>
public sealed class ValidationException : Exception
{
    public ValidationException(ValidationErrors errors) : base(errors.ToString()) => Errors = errors.ToDictionary();

    public ValidationException(string field, string message) : base($"{field}: {message}") =>
        Errors = new Dictionary<string, string[]> { [field] = [message] };

    public ValidationException() : this("input", "is invalid.") { }

    public ValidationException(string message) : this("input", message) { }

    public ValidationException(string message, Exception innerException) : base(message, innerException) =>
        Errors = new Dictionary<string, string[]> { ["input"] = [message] };

    public IDictionary<string, string[]> Errors { get; }
}
