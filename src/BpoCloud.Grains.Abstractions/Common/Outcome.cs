namespace BpoCloud.Grains.Common;

/// <summary>How a grain command ended; each maps to one HTTP status at the edge.</summary>
public enum Outcome { Ok, Invalid, NotFound, Conflict, Stale, Forbidden }
