namespace BpoCloud.Server.Service;

/// <summary>GET /brands/{brandId}/sla: the policy in force today (brand time) and every version.</summary>
public sealed record SlaVersions(SlaResponse? Current, IReadOnlyList<SlaResponse> Versions);
