namespace BpoCloud.Grains.Service;

/// <summary>An alert that fired and has not resolved yet.</summary>
public sealed record OpenAlert(string Id, string RuleId);
