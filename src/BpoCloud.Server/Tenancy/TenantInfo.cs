using BpoCloud.Domain.Roster;

namespace BpoCloud.Server.Tenancy;

/// <summary>
/// A tenant (a client brand), in Finbuckle's words: Id is stable and internal; Identifier is what appears in
/// URLs and logins. Brand ids are both, so the two are equal today — kept apart so a vanity identifier can come later.
/// </summary>
public sealed record TenantInfo(string Id, string Identifier, string Name, string TimeZone, string Currency, BrandStatus Status);
