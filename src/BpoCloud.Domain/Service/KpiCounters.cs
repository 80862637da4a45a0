namespace BpoCloud.Domain.Service;

/// <summary>
/// The sums every KPI is computed from. Counters only ever add up: a storage layer can SUM them per brand-local hour,
/// and the counters of a day or a month are the sum of its hours. <see cref="KpiValues.From"/> turns them into KPIs.
/// Durations are decimal seconds, so milliseconds survive the sums.
/// </summary>
public sealed record KpiCounters
{
    public static KpiCounters Zero { get; } = new();

    public long Conversations { get; init; }
    public long Answered { get; init; }
    public long Abandoned { get; init; }
    public decimal FirstResponseSum { get; init; }
    public long FirstResponseCount { get; init; }
    public long Turns { get; init; }
    public long AnsweredTurns { get; init; }
    public decimal TurnWaitSum { get; init; }
    public long TurnsWithin3Min { get; init; }
    public long ServiceLevelMet { get; init; }
    public long ServiceLevelOffered { get; init; }
    public decimal AhtSum { get; init; }
    public long AhtCount { get; init; }
    public long Resolved { get; init; }
    public long ResolvedFirstContact { get; init; }
    public long CsatRated { get; init; }
    public long CsatSatisfied { get; init; }
    public long NpsRated { get; init; }
    public long NpsPromoters { get; init; }
    public long NpsDetractors { get; init; }
    public long Complaints { get; init; }
    public long PreSaleConversations { get; init; }
    public long PreSaleConverted { get; init; }

    public static KpiCounters operator +(KpiCounters left, KpiCounters right) => left.Add(right);

    public KpiCounters Add(KpiCounters other) => new()
    {
        Conversations = Conversations + other.Conversations,
        Answered = Answered + other.Answered,
        Abandoned = Abandoned + other.Abandoned,
        FirstResponseSum = FirstResponseSum + other.FirstResponseSum,
        FirstResponseCount = FirstResponseCount + other.FirstResponseCount,
        Turns = Turns + other.Turns,
        AnsweredTurns = AnsweredTurns + other.AnsweredTurns,
        TurnWaitSum = TurnWaitSum + other.TurnWaitSum,
        TurnsWithin3Min = TurnsWithin3Min + other.TurnsWithin3Min,
        ServiceLevelMet = ServiceLevelMet + other.ServiceLevelMet,
        ServiceLevelOffered = ServiceLevelOffered + other.ServiceLevelOffered,
        AhtSum = AhtSum + other.AhtSum,
        AhtCount = AhtCount + other.AhtCount,
        Resolved = Resolved + other.Resolved,
        ResolvedFirstContact = ResolvedFirstContact + other.ResolvedFirstContact,
        CsatRated = CsatRated + other.CsatRated,
        CsatSatisfied = CsatSatisfied + other.CsatSatisfied,
        NpsRated = NpsRated + other.NpsRated,
        NpsPromoters = NpsPromoters + other.NpsPromoters,
        NpsDetractors = NpsDetractors + other.NpsDetractors,
        Complaints = Complaints + other.Complaints,
        PreSaleConversations = PreSaleConversations + other.PreSaleConversations,
        PreSaleConverted = PreSaleConverted + other.PreSaleConverted,
    };

    public static KpiCounters Sum(IEnumerable<KpiCounters> counters) => counters.Aggregate(Zero, (total, next) => total + next);
}
