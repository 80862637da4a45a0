using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>One event of a conversation's timeline; message text is masked (phones, emails, long numbers).</summary>
public sealed record TimelineEvent(string Id, string Type, DateTimeOffset OccurredAt, string? AgentId, bool? Automated, int? Score, int? Scale, string? Text)
{
    public static TimelineEvent From(ServiceEvent e, TimeZoneInfo zone) => new(
        e.Id, ServiceEventTypeNames.ToWireName(e.Type), TimeZoneInfo.ConvertTime(e.OccurredAt, zone), e.AgentId, e.Automated, e.Score, e.Scale,
        TranscriptMask.Mask(e.Text));
}
