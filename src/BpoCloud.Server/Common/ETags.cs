using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace BpoCloud.Server.Common;

/// <summary>
/// Optimistic concurrency over HTTP: the ETag of a resource is its version. A PUT with If-Match
/// names the version it was based on; a stale one gets 412 and changes nothing. A PUT without
/// If-Match is last-writer-wins, as most clients of such APIs expect.
/// </summary>
public static class ETags
{
    public static string For(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version an If-Match header asks for; null when absent or "*"; -1 when it names no version of ours.</summary>
    public static int? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }
        if (EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag) &&
            int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }
        return -1;
    }

    public static void Set(HttpResponse response, int version) => response.Headers.ETag = For(version);
}
