using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>
/// An alert rule as the API shows it. The webhook secret (to verify X-BpoCloud-Signature) is shown when the rule
/// is created and never again.
/// </summary>
public sealed record AlertRuleResponse(
    string Id, string Name, AlertMetric Metric, AlertComparison Comparison, decimal Threshold, int WindowMinutes, string? WebhookUrl, bool Enabled,
    string? WebhookSecret)
{
    public static AlertRuleResponse From(AlertRule r, bool withSecret = false) =>
        new(r.Id, r.Name, r.Metric, r.Comparison, r.Threshold, r.WindowMinutes, r.WebhookUrl, r.Enabled, withSecret ? r.WebhookSecret : null);
}
