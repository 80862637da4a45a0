namespace BpoCloud.Storage.Service;

/// <summary>A fired alert as stored (and shown in the app); open while ResolvedAt is null.</summary>
public sealed record AlertRecord(
    string Id,
    string BrandId,
    string RuleId,
    string Metric,
    string Comparison,
    decimal Threshold,
    int WindowMinutes,
    DateTimeOffset FiredAt,
    decimal FiredValue,
    DateTimeOffset? ResolvedAt,
    decimal? ResolvedValue);
