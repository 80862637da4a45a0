using BpoCloud.Domain.Roster;

namespace BpoCloud.Domain.Service;

/// <summary>
/// Everything one conversation contributes to the KPIs, read from its events by <see cref="From"/>.
/// The counting rules (what is "resolved", what meets the SLA) live in <see cref="KpiCalculator"/>.
/// </summary>
public sealed record ConversationFacts
{
    public required string ConversationId { get; init; }

    /// <summary>UTC instant of <c>conversation.started</c>; the conversation belongs to its brand-local hour and day.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    public required string StoreId { get; init; }
    public required string CustomerId { get; init; }

    /// <summary>The role at start; transfers to another role do not move the conversation.</summary>
    public required ServiceRole Role { get; init; }

    /// <summary>Agent of the first human agent message, else the first assigned agent, else null.</summary>
    public string? AgentId { get; init; }

    public DateTimeOffset? FirstCustomerMessageAt { get; init; }
    public DateTimeOffset? FirstHumanMessageAt { get; init; }

    /// <summary>First human agent message at or after the first customer message (a proactive greeting is no response).</summary>
    public DateTimeOffset? FirstResponseAt { get; init; }

    /// <summary>The first <c>conversation.abandoned</c>, only when no human agent had written yet.</summary>
    public DateTimeOffset? AbandonedAt { get; init; }

    public DateTimeOffset? FirstAssignedAt { get; init; }
    public DateTimeOffset? FirstResolvedAt { get; init; }
    public bool Reopened { get; init; }
    public IReadOnlyList<CustomerTurn> Turns { get; init; } = [];

    /// <summary>The latest rating; a customer who rates twice is counted once, with their second opinion.</summary>
    public CsatRating? Csat { get; init; }

    /// <summary>The latest NPS score given in this conversation, same rule as <see cref="Csat"/>.</summary>
    public int? NpsScore { get; init; }

    public int ComplaintsOpened { get; init; }

    public bool IsAnswered => FirstHumanMessageAt is not null;
    public bool IsAbandoned => AbandonedAt is not null;

    public decimal? FirstResponseSeconds => Between(FirstCustomerMessageAt, FirstResponseAt);
    public decimal? AbandonWaitSeconds => Between(StartedAt, AbandonedAt);
    public decimal? HandleSeconds => Between(FirstAssignedAt, FirstResolvedAt);

    public DateTimeOffset LocalHour(TimeZoneInfo zone) => BrandLocalTime.HourOf(StartedAt, zone);
    public DateOnly LocalDay(TimeZoneInfo zone) => BrandLocalTime.DayOf(StartedAt, zone);

    /// <summary>
    /// Reads the events of one conversation in <see cref="ServiceEventOrder"/>, whatever order they come in; an id seen
    /// twice is one event. Null while <c>conversation.started</c> has not arrived: without it the conversation has no
    /// hour, store, customer or role to be counted under.
    /// </summary>
    public static ConversationFacts? From(IEnumerable<ServiceEvent> eventsOfOneConversation)
    {
        var events = eventsOfOneConversation.ToList();
        var conversationIds = events.Select(e => e.ConversationId).Distinct(StringComparer.Ordinal).ToList();
        if (conversationIds.Count > 1 || conversationIds.Any(id => id is null))
        {
            throw new ArgumentException("All events must carry the same conversationId.", nameof(eventsOfOneConversation));
        }

        var ordered = events.Order(ServiceEventOrder.Instance).DistinctBy(e => e.Id, StringComparer.Ordinal).ToList();
        var started = ordered.FirstOrDefault(e => e.Type == ServiceEventType.ConversationStarted);
        if (started is null)
        {
            return null;
        }

        var reader = new Reader();
        foreach (var e in ordered)
        {
            reader.Read(e);
        }

        return reader.Facts(started);
    }

    public bool Equals(ConversationFacts? other) =>
        other is not null
        && ConversationId == other.ConversationId && StartedAt == other.StartedAt && StoreId == other.StoreId
        && CustomerId == other.CustomerId && Role == other.Role && AgentId == other.AgentId
        && FirstCustomerMessageAt == other.FirstCustomerMessageAt && FirstHumanMessageAt == other.FirstHumanMessageAt
        && FirstResponseAt == other.FirstResponseAt && AbandonedAt == other.AbandonedAt
        && FirstAssignedAt == other.FirstAssignedAt && FirstResolvedAt == other.FirstResolvedAt
        && Reopened == other.Reopened && Csat == other.Csat && NpsScore == other.NpsScore
        && ComplaintsOpened == other.ComplaintsOpened && Turns.SequenceEqual(other.Turns);

    public override int GetHashCode() => HashCode.Combine(ConversationId, StartedAt, FirstResponseAt, FirstResolvedAt, Turns.Count);

    private static decimal? Between(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } f && to is { } t ? Durations.SecondsBetween(f, t) : null;

    /// <summary>Walks the ordered events once, remembering the firsts and the latest ratings.</summary>
    private sealed class Reader
    {
        private readonly List<CustomerTurn> turns = [];
        private DateTimeOffset? openTurnStartedAt;
        private DateTimeOffset? firstCustomer, firstHuman, firstResponse, abandoned, firstAssigned, firstResolved;
        private string? firstHumanAgent, firstAssignedAgent;
        private bool reopened;
        private CsatRating? csat;
        private int? nps;
        private int complaints;

        public void Read(ServiceEvent e)
        {
            var at = e.OccurredAt;
            switch (e.Type)
            {
                case ServiceEventType.CustomerMessage:
                    firstCustomer ??= at;
                    openTurnStartedAt ??= at;
                    break;
                case ServiceEventType.AgentMessage when e.IsHumanAgentMessage:
                    if (firstHuman is null)
                    {
                        firstHuman = at;
                        firstHumanAgent = e.AgentId;
                    }

                    if (firstCustomer is not null)
                    {
                        firstResponse ??= at;
                    }

                    if (openTurnStartedAt is { } turnStart)
                    {
                        turns.Add(new CustomerTurn(turnStart, at));
                        openTurnStartedAt = null;
                    }
                    break;
                case ServiceEventType.ConversationAbandoned when firstHuman is null:
                    abandoned ??= at;
                    break;
                case ServiceEventType.ConversationAssigned:
                    if (firstAssigned is null)
                    {
                        firstAssigned = at;
                        firstAssignedAgent = e.AgentId;
                    }
                    break;
                case ServiceEventType.ConversationResolved:
                    firstResolved ??= at;
                    break;
                case ServiceEventType.ConversationReopened:
                    reopened = true;
                    break;
                case ServiceEventType.CsatRated when e is { Score: { } score, Scale: { } scale }:
                    csat = new CsatRating(score, scale);
                    break;
                case ServiceEventType.NpsRated when e.Score is { } npsScore:
                    nps = npsScore;
                    break;
                case ServiceEventType.ComplaintOpened:
                    complaints++;
                    break;
            }
        }

        public ConversationFacts Facts(ServiceEvent started)
        {
            var allTurns = openTurnStartedAt is { } open ? [.. turns, new CustomerTurn(open, null)] : turns.ToList();
            return new ConversationFacts
            {
                ConversationId = started.ConversationId!,
                StartedAt = started.OccurredAt.ToUniversalTime(),
                StoreId = started.StoreId ?? throw Unvalidated("storeId"),
                CustomerId = started.CustomerId ?? throw Unvalidated("customerId"),
                Role = started.Role ?? throw Unvalidated("role"),
                AgentId = firstHumanAgent ?? firstAssignedAgent,
                FirstCustomerMessageAt = firstCustomer?.ToUniversalTime(),
                FirstHumanMessageAt = firstHuman?.ToUniversalTime(),
                FirstResponseAt = firstResponse?.ToUniversalTime(),
                AbandonedAt = abandoned?.ToUniversalTime(),
                FirstAssignedAt = firstAssigned?.ToUniversalTime(),
                FirstResolvedAt = firstResolved?.ToUniversalTime(),
                Reopened = reopened,
                Turns = allTurns.Select(t => new CustomerTurn(t.StartedAt.ToUniversalTime(), t.AnsweredAt?.ToUniversalTime())).ToList(),
                Csat = csat,
                NpsScore = nps,
                ComplaintsOpened = complaints,
            };
        }

        // Guessing a store or role would file the conversation under the wrong dimension; validation should have refused it.
        private static ArgumentException Unvalidated(string field) =>
            new($"conversation.started has no {field}; check events with ServiceEventRules.Validate first.");
    }
}
