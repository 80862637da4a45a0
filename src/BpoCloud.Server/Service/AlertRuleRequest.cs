using BpoCloud.Domain.Common;
using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>Body of POST/PUT /brands/{brandId}/alert-rules.</summary>
public sealed record AlertRuleRequest(
    string? Name, AlertMetric? Metric, AlertComparison? Comparison, decimal? Threshold, int? WindowMinutes, string? WebhookUrl, bool? Enabled)
    : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireDefined("metric", Metric);
        errors.RequireDefined("comparison", Comparison);
        if (Threshold is null)
        {
            errors.Add("threshold", "is required.");
        }
        if (WindowMinutes is null)
        {
            errors.Add("windowMinutes", "is required.");
        }
        if (errors.IsEmpty)
        {
            ToRule("rule", "").Validate(errors);
        }
    }

    public AlertRule ToRule(string id, string secret) => new()
    {
        Id = id,
        Name = string.IsNullOrWhiteSpace(Name) ? $"{Metric} {Comparison} {Threshold}" : Name.Trim(),
        Metric = Metric!.Value,
        Comparison = Comparison!.Value,
        Threshold = Threshold!.Value,
        WindowMinutes = WindowMinutes!.Value,
        WebhookUrl = string.IsNullOrWhiteSpace(WebhookUrl) ? null : WebhookUrl,
        WebhookSecret = secret,
        Enabled = Enabled ?? true,
    };
}
