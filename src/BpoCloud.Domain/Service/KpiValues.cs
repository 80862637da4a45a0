namespace BpoCloud.Domain.Service;

/// <summary>
/// The KPIs as the brand sees them. A metric with nothing to measure (zero denominator) is null, never 0.
/// Rates are fractions 0..1, <see cref="Nps"/> is −100..100, durations are seconds. Values are exact: the domain
/// never rounds, so sums of hours and days agree; <see cref="Rounded"/> is the one place that rounds for display.
/// </summary>
public sealed record KpiValues
{
    public long Conversations { get; init; }
    public long Answered { get; init; }
    public long Abandoned { get; init; }
    public decimal? FirstResponseTimeAvgSeconds { get; init; }
    public decimal? ReplyIntervalAvgSeconds { get; init; }
    public decimal? ResponseWithin3MinRate { get; init; }
    public decimal? ServiceLevel { get; init; }
    public decimal? AhtAvgSeconds { get; init; }
    public decimal? ResolutionRate { get; init; }
    public decimal? FcrRate { get; init; }
    public long CsatRated { get; init; }
    public decimal? CsatScore { get; init; }
    public decimal? Nps { get; init; }

    /// <summary>Complaints opened per conversation; unlike the other rates it can exceed 1 (several complaints, or complaints outside conversations).</summary>
    public decimal? ComplaintRate { get; init; }

    public decimal? ConversionRate { get; init; }

    public static KpiValues From(KpiCounters c) => new()
    {
        Conversations = c.Conversations,
        Answered = c.Answered,
        Abandoned = c.Abandoned,
        FirstResponseTimeAvgSeconds = Ratio(c.FirstResponseSum, c.FirstResponseCount),
        ReplyIntervalAvgSeconds = Ratio(c.TurnWaitSum, c.AnsweredTurns),
        ResponseWithin3MinRate = Ratio(c.TurnsWithin3Min, c.Turns),
        ServiceLevel = Ratio(c.ServiceLevelMet, c.ServiceLevelOffered),
        AhtAvgSeconds = Ratio(c.AhtSum, c.AhtCount),
        ResolutionRate = Ratio(c.Resolved, c.Answered),
        FcrRate = Ratio(c.ResolvedFirstContact, c.Resolved),
        CsatRated = c.CsatRated,
        CsatScore = Ratio(c.CsatSatisfied, c.CsatRated),
        Nps = Ratio(100m * (c.NpsPromoters - c.NpsDetractors), c.NpsRated),
        ComplaintRate = Ratio(c.Complaints, c.Conversations),
        ConversionRate = Ratio(c.PreSaleConverted, c.PreSaleConversations),
    };

    /// <summary>
    /// Every metric rounded to <paramref name="decimals"/> places, half away from zero (0.00005 → 0.0001), for
    /// display and the API. Never round before summing or comparing with a target.
    /// </summary>
    public KpiValues Rounded(int decimals = 4) => this with
    {
        FirstResponseTimeAvgSeconds = Round(FirstResponseTimeAvgSeconds, decimals),
        ReplyIntervalAvgSeconds = Round(ReplyIntervalAvgSeconds, decimals),
        ResponseWithin3MinRate = Round(ResponseWithin3MinRate, decimals),
        ServiceLevel = Round(ServiceLevel, decimals),
        AhtAvgSeconds = Round(AhtAvgSeconds, decimals),
        ResolutionRate = Round(ResolutionRate, decimals),
        FcrRate = Round(FcrRate, decimals),
        CsatScore = Round(CsatScore, decimals),
        Nps = Round(Nps, decimals),
        ComplaintRate = Round(ComplaintRate, decimals),
        ConversionRate = Round(ConversionRate, decimals),
    };

    public static decimal? Round(decimal? value, int decimals = 4) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;

    private static decimal? Ratio(decimal numerator, decimal denominator) => denominator == 0 ? null : numerator / denominator;
}
