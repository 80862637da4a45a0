namespace BpoCloud.Storage.Service;

/// <summary>How many events of a batch were new and how many the ledger already had.</summary>
public sealed record IngestResult(int Accepted, int Duplicates);
