using System.Globalization;
using BpoCloud.Domain.Common;

namespace BpoCloud.Server.Common;

/// <summary>
/// The ?limit=&amp;cursor= of every list. Limit defaults to 50 and may be 1..200. Bound from the query
/// by <see cref="BindAsync"/> so a non-number limit is reported by validation like any other bad field.
/// </summary>
public sealed record PageRequest(string? RawLimit, string? Cursor) : IValidatableRequest
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public int Take => int.TryParse(RawLimit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultLimit;

    public static ValueTask<PageRequest?> BindAsync(HttpContext http) =>
        ValueTask.FromResult<PageRequest?>(From(http.Request.Query));

    public static PageRequest From(IQueryCollection query) =>
        new(query["limit"].FirstOrDefault(), query["cursor"].FirstOrDefault());

    public void Validate(ValidationErrors errors)
    {
        if (RawLimit is not null &&
            (!int.TryParse(RawLimit, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > MaxLimit))
        {
            errors.Add("limit", $"must be a whole number from 1 to {MaxLimit}.");
        }
        if (Cursor is { Length: > 512 })
        {
            errors.Add("cursor", "is not one this list issued.");
        }
    }
}
