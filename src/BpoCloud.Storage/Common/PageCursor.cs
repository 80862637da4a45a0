using System.Buffers.Text;
using System.Text;

namespace BpoCloud.Storage.Common;

/// <summary>
/// Opaque keyset cursors for paged lists: the sort key of the last row returned, base64url-encoded.
/// Keyset paging stays fast and stable while rows are added, unlike offsets.
/// </summary>
public static class PageCursor
{
    // The marker tells our cursors from arbitrary text that happens to be valid base64url.
    private const string Marker = "bpo1";

    public static string Encode(params string[] keys) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Marker + "\n" + string.Join('\n', keys)));

    public static bool TryDecode(string? cursor, int keyCount, out string[] keys)
    {
        keys = [];
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\n');
            if (parts.Length != keyCount + 1 || parts[0] != Marker)
            {
                return false;
            }
            keys = parts[1..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
