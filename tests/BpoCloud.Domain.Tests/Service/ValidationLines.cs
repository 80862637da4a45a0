using BpoCloud.Domain.Common;

namespace BpoCloud.Domain.Tests.Service;

/// <summary>Validation problems as sorted "field: message" lines, so a test states exactly what a client would read.</summary>
internal static class ValidationLines
{
    public static string[] Of(ValidationErrors errors) =>
        [.. errors.ToDictionary().SelectMany(pair => pair.Value.Select(message => $"{pair.Key}: {message}")).Order(StringComparer.Ordinal)];

    public static string[] Expect(params string[] lines) => [.. lines.Order(StringComparer.Ordinal)];
}
