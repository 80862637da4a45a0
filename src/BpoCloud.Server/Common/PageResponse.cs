namespace BpoCloud.Server.Common;

/// <summary>The shape of every list: <c>{ items, nextCursor }</c>.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, string? NextCursor);
