namespace BpoCloud.Domain.Roster;

/// <summary>Where a client brand stands in its contract: suspended brands can read but not ingest; offboarded brands cannot sign in.</summary>
public enum BrandStatus { Active, Suspended, Offboarded }
