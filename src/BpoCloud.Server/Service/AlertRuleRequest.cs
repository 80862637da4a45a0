using BpoCloud.Domain.Common;
using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>
/// Body of POST/PUT /brands/{brandId}/alert-rules. The comparison may be spelled lt, lte, gt, gte or as the
/// symbols &lt;, &lt;=, &gt;, &gt;= that people write in a rule ("serviceLevel &lt; 0.8").
/// </summary>
public sealed record AlertRuleRequest(
    string? Name, AlertMetric? Metric, string? Comparison, decimal? Threshold, int? WindowMinutes, string? WebhookUrl, bool? Enabled)
    : IValidatableRequest
{
    private static readonly Dictionary<string, AlertComparison> Comparisons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lt"] = AlertComparison.Lt, ["<"] = AlertComparison.Lt,
        ["lte"] = AlertComparison.Lte, ["<="] = AlertComparison.Lte,
        ["gt"] = AlertComparison.Gt, [">"] = AlertComparison.Gt,
        ["gte"] = AlertComparison.Gte, [">="] = AlertComparison.Gte,
    };

    public void Validate(ValidationErrors errors)
    {
        errors.RequireDefined("metric", Metric);
        if (Comparison is null || !Comparisons.ContainsKey(Comparison))
        {
            errors.Add("comparison", "must be one of lt, lte, gt, gte (or <, <=, >, >=).");
        }
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
        Comparison = Comparisons[Comparison!],
        Threshold = Threshold!.Value,
        WindowMinutes = WindowMinutes!.Value,
        WebhookUrl = string.IsNullOrWhiteSpace(WebhookUrl) ? null : WebhookUrl,
        WebhookSecret = secret,
        Enabled = Enabled ?? true,
    };
}
