namespace BpoCloud.Domain.Tenancy;

/// <summary>
/// The job a user does. Firm roles work across brands; brand roles (brandAdmin, brandViewer) belong to
/// exactly one brand and never see another's data. The names are part of the API.
/// </summary>
public enum Role { OpsAdmin, OpsManager, TeamLead, QaInspector, Agent, Finance, BrandAdmin, BrandViewer }
