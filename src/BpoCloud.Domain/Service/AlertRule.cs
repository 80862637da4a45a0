using BpoCloud.Domain.Common;

namespace BpoCloud.Domain.Service;

/// <summary>
/// "Fire while <see cref="Metric"/> <see cref="Comparison"/> <see cref="Threshold"/> over the last
/// <see cref="WindowMinutes"/> minutes", e.g. serviceLevel lt 0.8 over 30, complaints gte 5 over 60 (a complaint spike).
/// The window holds the conversations that started in it and the events outside conversations that occurred in it.
/// </summary>
public sealed record AlertRule
{
    public const int MinWindowMinutes = 5;
    public const int MaxWindowMinutes = 1440;

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required AlertMetric Metric { get; init; }
    public required AlertComparison Comparison { get; init; }
    public required decimal Threshold { get; init; }
    public required int WindowMinutes { get; init; }
    public string? WebhookUrl { get; init; }
    public string WebhookSecret { get; init; } = "";
    public bool Enabled { get; init; } = true;

    /// <summary>The watched value of the window's counters; null when the window has no data for it.</summary>
    public decimal? ValueOf(KpiCounters window)
    {
        var v = KpiValues.From(window);
        return Metric switch
        {
            AlertMetric.ServiceLevel => v.ServiceLevel,
            AlertMetric.ResponseWithin3MinRate => v.ResponseWithin3MinRate,
            AlertMetric.FirstResponseTimeAvgSeconds => v.FirstResponseTimeAvgSeconds,
            AlertMetric.ReplyIntervalAvgSeconds => v.ReplyIntervalAvgSeconds,
            AlertMetric.AhtAvgSeconds => v.AhtAvgSeconds,
            AlertMetric.CsatScore => v.CsatScore,
            AlertMetric.Nps => v.Nps,
            AlertMetric.ComplaintRate => v.ComplaintRate,
            AlertMetric.Conversations => window.Conversations,
            AlertMetric.Abandoned => window.Abandoned,
            AlertMetric.Complaints => window.Complaints,
            _ => null,
        };
    }

    /// <summary>True while the rule's condition holds, false when it does not, null when there is no data to judge.</summary>
    public bool? Holds(decimal? value) => value is not { } x ? null : Comparison switch
    {
        AlertComparison.Lt => x < Threshold,
        AlertComparison.Lte => x <= Threshold,
        AlertComparison.Gt => x > Threshold,
        _ => x >= Threshold,
    };

    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("name", Name, 200);
        if (!Enum.IsDefined(Metric))
        {
            errors.Add("metric", "is not one of the allowed values.");
        }
        if (!Enum.IsDefined(Comparison))
        {
            errors.Add("comparison", "is not one of the allowed values.");
        }
        if (WindowMinutes is < MinWindowMinutes or > MaxWindowMinutes)
        {
            errors.Add("windowMinutes", $"must be between {MinWindowMinutes} and {MaxWindowMinutes}.");
        }
        if (WebhookUrl is not null &&
            (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || WebhookUrl.Length > 2000))
        {
            errors.Add("webhookUrl", "must be an absolute http(s) URL.");
        }
    }
}
