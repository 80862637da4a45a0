namespace BpoCloud.Server.Service;

/// <summary>Body of POST /brands/{brandId}/events: up to 1,000 events, stored all or none.</summary>
public sealed record EventBatchRequest(IReadOnlyList<EventDto?>? Events)
{
    public const int MaxEvents = 1000;
}
