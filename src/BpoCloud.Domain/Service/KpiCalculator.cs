using BpoCloud.Domain.Roster;

namespace BpoCloud.Domain.Service;

/// <summary>
/// Turns facts into <see cref="KpiCounters"/>; the KPI definitions in docs/metrics.md are implemented here and only here.
/// </summary>
public static class KpiCalculator
{
    /// <summary>A customer turn answered within this wait counts toward responseWithin3MinRate.</summary>
    public const decimal ResponseWithinSeconds = 180m;

    /// <summary>Abandons this quick (inclusive) are misclicks or customers who found the answer; they leave the service level out of it.</summary>
    public const decimal ShortAbandonSeconds = 5m;

    public const int NpsPromoterFrom = 9;
    public const int NpsDetractorUpTo = 6;

    /// <summary>A resolution is not first contact if the customer starts another conversation this soon after it.</summary>
    public static readonly TimeSpan ReturnWindow = TimeSpan.FromHours(48);

    /// <summary>A pre-sale conversation converts if the customer orders this soon after it started.</summary>
    public static readonly TimeSpan ConversionWindow = TimeSpan.FromHours(24);

    /// <summary>
    /// What one conversation adds to the counters of its start hour. <paramref name="sla"/> must be the policy in force
    /// on the brand-local day the conversation started. FCR and conversion look 48 h / 24 h ahead, so the counters of a
    /// conversation are final only once those windows have passed; recompute them when a later start or order arrives.
    /// </summary>
    public static KpiCounters ForConversation(ConversationFacts facts, ICustomerActivity activity, SlaPolicy sla)
    {
        // Literal reading of the definitions: a resolved conversation is one with a conversation.resolved event.
        var resolved = facts.FirstResolvedAt is not null;
        var firstResponse = facts.FirstResponseSeconds;
        var handle = resolved ? facts.HandleSeconds : null;
        var (slaOffered, slaMet) = ServiceLevel(facts, sla);
        var answeredTurns = facts.Turns.Where(t => t.AnsweredAt is not null).ToList();
        var preSale = facts.Role == ServiceRole.PreSale;

        return new KpiCounters
        {
            Conversations = 1,
            Answered = One(facts.IsAnswered),
            Abandoned = One(facts.IsAbandoned),
            FirstResponseSum = firstResponse ?? 0m,
            FirstResponseCount = One(firstResponse is not null),
            Turns = facts.Turns.Count,
            AnsweredTurns = answeredTurns.Count,
            TurnWaitSum = answeredTurns.Sum(t => t.WaitSeconds!.Value),
            TurnsWithin3Min = answeredTurns.Count(t => t.WaitSeconds <= ResponseWithinSeconds),
            ServiceLevelOffered = One(slaOffered),
            ServiceLevelMet = One(slaMet),
            // An assignment logged after the resolution would give a negative handle time: left out rather than guessed.
            AhtSum = handle is >= 0m ? handle.Value : 0m,
            AhtCount = One(handle is >= 0m),
            Resolved = One(resolved),
            ResolvedFirstContact = One(resolved && IsFirstContactResolution(facts, activity)),
            CsatRated = One(facts.Csat is not null),
            CsatSatisfied = One(facts.Csat is { IsSatisfied: true }),
            NpsRated = One(facts.NpsScore is not null),
            NpsPromoters = One(facts.NpsScore >= NpsPromoterFrom),
            NpsDetractors = One(facts.NpsScore <= NpsDetractorUpTo),
            Complaints = facts.ComplaintsOpened,
            PreSaleConversations = One(preSale),
            PreSaleConverted = One(preSale && activity.PlacedOrder(facts.CustomerId, facts.StartedAt, facts.StartedAt + ConversionWindow)),
        };
    }

    /// <summary>
    /// What an event outside any conversation adds to the counters of its own brand-local hour: an NPS rating or a
    /// complaint without conversationId. Everything else adds nothing here (conversation events count through
    /// their conversation; orders only feed conversion through <see cref="ICustomerActivity"/>).
    /// </summary>
    public static KpiCounters ForUnlinkedEvent(ServiceEvent serviceEvent)
    {
        if (serviceEvent.ConversationId is not null)
        {
            return KpiCounters.Zero;
        }

        return serviceEvent switch
        {
            { Type: ServiceEventType.NpsRated, Score: { } score } => new KpiCounters
            {
                NpsRated = 1,
                NpsPromoters = One(score >= NpsPromoterFrom),
                NpsDetractors = One(score <= NpsDetractorUpTo),
            },
            { Type: ServiceEventType.ComplaintOpened } => new KpiCounters { Complaints = 1 },
            _ => KpiCounters.Zero,
        };
    }

    /// <summary>
    /// Only conversations started within business hours in which the customer wrote. An abandon is offered (never met)
    /// unless it came within 5 s of the start, even if an agent wrote afterwards; an answered conversation is offered
    /// and met when its first response came within T. Conversations neither answered nor abandoned are left out.
    /// </summary>
    private static (bool Offered, bool Met) ServiceLevel(ConversationFacts facts, SlaPolicy sla)
    {
        if (facts.FirstCustomerMessageAt is null || !sla.IsWithinBusinessHours(facts.StartedAt))
        {
            return (false, false);
        }

        if (facts.IsAbandoned)
        {
            return (facts.AbandonWaitSeconds > ShortAbandonSeconds, false);
        }

        if (facts.IsAnswered)
        {
            return (true, facts.FirstResponseSeconds <= sla.FirstResponseSeconds);
        }

        return (false, false);
    }

    private static bool IsFirstContactResolution(ConversationFacts facts, ICustomerActivity activity)
    {
        var resolvedAt = facts.FirstResolvedAt!.Value;
        return !facts.Reopened
            && !activity.StartedAnotherConversation(facts.CustomerId, facts.ConversationId, resolvedAt, resolvedAt + ReturnWindow);
    }

    private static long One(bool counts) => counts ? 1 : 0;
}
