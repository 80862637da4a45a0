namespace BpoCloud.Domain.Service;

/// <summary>What an alert rule watches: a KPI of the window, or a count of it (abandons, complaints, conversations).</summary>
public enum AlertMetric
{
    ServiceLevel,
    ResponseWithin3MinRate,
    FirstResponseTimeAvgSeconds,
    ReplyIntervalAvgSeconds,
    AhtAvgSeconds,
    CsatScore,
    Nps,
    ComplaintRate,
    Conversations,
    Abandoned,
    Complaints,
}
