namespace BpoCloud.Server.Service;

/// <summary>How many events of the batch were new, and how many the ledger already had (ignored).</summary>
public sealed record IngestResponse(int Accepted, int Duplicates);
