using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

/// <summary>Runs the whole domain path a brand's events take: facts, counters per conversation and per unlinked event, sum, values.</summary>
internal static class Kpis
{
    public static KpiValues Of(params ConversationBuilder[] conversations) => Of(conversations, []);

    public static KpiValues Of(
        IEnumerable<ConversationBuilder> conversations,
        IEnumerable<ServiceEvent> unlinked,
        SlaPolicy? sla = null,
        IEnumerable<ServiceEvent>? laterBrandEvents = null) =>
        KpiValues.From(CountersOf(conversations, unlinked, sla, laterBrandEvents));

    /// <summary>
    /// Counters of <paramref name="conversations"/> and <paramref name="unlinked"/>; <paramref name="laterBrandEvents"/>
    /// are other events of the brand (e.g. a return visit next day) that only feed FCR and conversion.
    /// </summary>
    public static KpiCounters CountersOf(
        IEnumerable<ConversationBuilder> conversations,
        IEnumerable<ServiceEvent> unlinked,
        SlaPolicy? sla = null,
        IEnumerable<ServiceEvent>? laterBrandEvents = null)
    {
        var conversationList = conversations.ToList();
        var unlinkedList = unlinked.ToList();
        var activity = CustomerActivity.From(
            conversationList.SelectMany(c => c.Events).Concat(unlinkedList).Concat(laterBrandEvents ?? []));
        var policy = sla ?? Sla.AlwaysOpen();

        return KpiCounters.Sum(conversationList.Select(c => KpiCalculator.ForConversation(c.Facts(), activity, policy)))
            + KpiCounters.Sum(unlinkedList.Select(KpiCalculator.ForUnlinkedEvent));
    }
}
