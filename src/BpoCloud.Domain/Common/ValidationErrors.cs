namespace BpoCloud.Domain.Common;

/// <summary>
/// Problems found in one piece of input, keyed by the camelCase field path the client sent
/// (<c>skills[1].level</c>). Empty means valid. Every rule in the domain reports through this one type,
/// so the HTTP layer turns any of them into the same 400 problem+json shape.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }
        messages.Add(message);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public void RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters.");
        }
    }

    public void OptionalText(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters.");
        }
    }

    public void RequireDefined<TEnum>(string field, TEnum? value) where TEnum : struct, Enum
    {
        if (value is null)
        {
            Add(field, "is required.");
        }
        else if (!Enum.IsDefined(value.Value))
        {
            Add(field, "is not one of the allowed values.");
        }
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public override string ToString() =>
        string.Join("; ", _errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
