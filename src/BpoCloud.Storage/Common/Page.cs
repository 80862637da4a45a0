namespace BpoCloud.Storage.Common;

/// <summary>One page of a list and the cursor of the next page (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    /// <summary>
    /// Lists fetch one row more than asked: if it came, there is a next page, and its cursor is the sort key of
    /// the last row shown.
    /// </summary>
    public static Page<T> From(IReadOnlyList<T> rowsPlusOne, int limit, Func<T, string> cursorOf) =>
        rowsPlusOne.Count > limit
            ? new Page<T>([.. rowsPlusOne.Take(limit)], cursorOf(rowsPlusOne[limit - 1]))
            : new Page<T>(rowsPlusOne, null);
}
