using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>One step of a KPI series: the brand-local start of the hour or day, then the same numbers as the totals.</summary>
public sealed record KpiPoint(
    DateTimeOffset Start,
    long Conversations,
    long Answered,
    long Abandoned,
    decimal? FirstResponseTimeAvgSeconds,
    decimal? ReplyIntervalAvgSeconds,
    decimal? ResponseWithin3MinRate,
    decimal? ServiceLevel,
    decimal? AhtAvgSeconds,
    decimal? ResolutionRate,
    decimal? FcrRate,
    long CsatRated,
    decimal? CsatScore,
    decimal? Nps,
    decimal? ComplaintRate,
    decimal? ConversionRate)
{
    public static KpiPoint From(DateTimeOffset start, KpiCounters counters)
    {
        var v = KpiValues.From(counters).Rounded();
        return new(start, v.Conversations, v.Answered, v.Abandoned, v.FirstResponseTimeAvgSeconds, v.ReplyIntervalAvgSeconds,
            v.ResponseWithin3MinRate, v.ServiceLevel, v.AhtAvgSeconds, v.ResolutionRate, v.FcrRate, v.CsatRated, v.CsatScore, v.Nps,
            v.ComplaintRate, v.ConversionRate);
    }
}
