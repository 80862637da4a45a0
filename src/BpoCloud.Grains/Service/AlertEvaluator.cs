using System.Globalization;
using System.Text.Json;
using BpoCloud.Domain.Common;
using BpoCloud.Domain.Service;

namespace BpoCloud.Grains.Service;

/// <summary>
/// Judges each rule over its window and turns crossings into alerts: fires when the condition starts to hold,
/// resolves when it stops (or the rule is gone). No data means no change. Plain code behind the grain; the alert API tests drive it.
/// </summary>
public sealed class AlertEvaluator(IAlertStore store)
{
    public async Task<int> Evaluate(string brandId, DateTimeOffset now)
    {
        var rules = await store.EnabledRules(brandId);
        var open = (await store.OpenAlerts(brandId)).ToDictionary(a => a.RuleId, StringComparer.Ordinal);
        var changes = 0;
        foreach (var rule in rules)
        {
            var value = rule.ValueOf(await store.Window(brandId, now.AddMinutes(-rule.WindowMinutes), now));
            var holds = rule.Holds(value);
            if (holds == true && !open.ContainsKey(rule.Id))
            {
                var alertId = EntityIds.New("alr");
                await store.Fire(brandId, rule, alertId, now, value!.Value, Payload("alert.fired", brandId, rule, alertId, now, value));
                changes++;
            }
            else if (holds == false && open.Remove(rule.Id, out var firing))
            {
                await store.Resolve(brandId, rule, firing.Id, now, value, Payload("alert.resolved", brandId, rule, firing.Id, now, value));
                changes++;
            }
            else
            {
                open.Remove(rule.Id);
            }
        }
        // Alerts of rules deleted or disabled meanwhile resolve quietly.
        foreach (var orphan in open.Values)
        {
            await store.Resolve(brandId, null, orphan.Id, now, null, null);
            changes++;
        }
        return changes;
    }

    private static string? Payload(string kind, string brandId, AlertRule rule, string alertId, DateTimeOffset at, decimal? value) =>
        rule.WebhookUrl is null
            ? null
            : JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["event"] = kind,
                ["alertId"] = alertId,
                ["brandId"] = brandId,
                ["ruleId"] = rule.Id,
                ["ruleName"] = rule.Name,
                ["metric"] = JsonNamingPolicy.CamelCase.ConvertName(rule.Metric.ToString()),
                ["comparison"] = JsonNamingPolicy.CamelCase.ConvertName(rule.Comparison.ToString()),
                ["threshold"] = rule.Threshold,
                ["windowMinutes"] = rule.WindowMinutes,
                ["value"] = value,
                ["at"] = at.ToString("O", CultureInfo.InvariantCulture),
            });
}
