using System.Text.RegularExpressions;

namespace BpoCloud.Domain.Service;

/// <summary>
/// Hides personal data in message text before anyone reads a transcript: email addresses, mobile numbers
/// (138****5678) and any longer run of digits such as ID or card numbers (last four kept).
/// </summary>
public static partial class TranscriptMask
{
    public static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        var masked = Email().Replace(text, m => m.Value[0] + "***" + m.Value[m.Value.IndexOf('@', StringComparison.Ordinal)..]);
        masked = Mobile().Replace(masked, m => m.Value[..3] + "****" + m.Value[^4..]);
        return LongNumber().Replace(masked, m => new string('*', m.Value.Length - 4) + m.Value[^4..]);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![\d*])\d{12,}(?!\d)")]
    private static partial Regex LongNumber();
}
