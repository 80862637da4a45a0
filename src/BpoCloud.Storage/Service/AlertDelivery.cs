namespace BpoCloud.Storage.Service;

/// <summary>One webhook message waiting to be sent (or re-sent after a failure).</summary>
public sealed record AlertDelivery(string Id, string AlertId, string BrandId, string Kind, string Url, string Secret, string Payload, long Attempts);
