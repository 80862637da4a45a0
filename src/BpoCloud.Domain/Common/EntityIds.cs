namespace BpoCloud.Domain.Common;

/// <summary>
/// Server-issued ids: a short kind prefix plus a version-7 GUID (time-ordered to the millisecond, so lists
/// paged by id come out roughly in creation order) — and a glance at one tells what it names.
/// </summary>
public static class EntityIds
{
    public const int MaxLength = 64;

    public static string New(string prefix) => $"{prefix}_{Guid.CreateVersion7():N}";

    /// <summary>Ids are used in URLs and grain keys: letters, digits, '_' and '-' only.</summary>
    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
