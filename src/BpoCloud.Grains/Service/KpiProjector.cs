using BpoCloud.Domain.Service;

namespace BpoCloud.Grains.Service;

/// <summary>
/// Recomputes dirty items of one brand from the ledger: a conversation's KPI row from all its events, an event
/// outside any conversation from itself, and a customer by marking their conversations (their FCR and conversion
/// depend on what the customer did later). Plain code behind the grain; the KPI API tests drive it end to end.
/// </summary>
public sealed class KpiProjector(IKpiProjectionStore store)
{
    public async Task<int> RunBatch(string brandId, TimeZoneInfo zone, int max)
    {
        var dirty = await store.TakeDirty(brandId, max);
        if (dirty.Count == 0)
        {
            return 0;
        }
        var conversationIds = dirty.Where(d => d.IsConversation).Select(d => d.Id).ToList();
        var customers = dirty.Where(d => d.IsCustomer).Select(d => d.Id).ToList();
        if (customers.Count > 0)
        {
            // Conversations recomputed in this batch already see the customer's latest activity (read below), so
            // only the customer's other conversations need marking for a later batch.
            var inThisBatch = conversationIds.ToHashSet(StringComparer.Ordinal);
            var others = (await store.ConversationsOfCustomers(brandId, customers)).Where(c => !inThisBatch.Contains(c)).ToList();
            await store.MarkDirty(brandId, others);
        }
        var events = await store.EventsOfConversations(brandId, conversationIds);
        var facts = conversationIds
            .Select(id => (Id: id, Facts: events.TryGetValue(id, out var list) ? ConversationFacts.From(list) : null))
            .ToList();
        var activity = await store.ActivityOf(brandId, [.. facts.Where(f => f.Facts is not null).Select(f => f.Facts!.CustomerId).Distinct()]);
        var policies = await store.SlaPolicies(brandId);

        var rows = new List<KpiRow>();
        foreach (var (id, f) in facts)
        {
            if (f is null)
            {
                continue;
            }
            var day = f.LocalDay(zone);
            var sla = SlaPolicy.InForceOn(policies, day) ?? NoSla(zone);
            rows.Add(Row(id, f.StartedAt, zone, f.StoreId, f.Role, f.AgentId, f.CustomerId, KpiCalculator.ForConversation(f, activity, sla)));
        }
        var unlinked = await store.EventsById(brandId, [.. dirty.Where(d => d.IsUnlinkedEvent).Select(d => d.Id)]);
        rows.AddRange(unlinked.Select(e =>
            Row(DirtyItem.EventPrefix + e.Id, e.OccurredAt, zone, null, null, null, e.CustomerId, KpiCalculator.ForUnlinkedEvent(e))));

        // A conversation whose conversation.started has not arrived yet has no row (it belongs to no hour yet).
        var removed = facts.Where(f => f.Facts is null).Select(f => f.Id).ToList();
        await store.Save(brandId, rows, removed);
        await store.ClearDirty(brandId, dirty);
        return dirty.Count;
    }

    /// <summary>Before a brand has any SLA there are no business hours, so service level has no data (null).</summary>
    private static SlaPolicy NoSla(TimeZoneInfo zone) => new() { BusinessHours = new BusinessHours { TimeZone = zone.Id } };

    private static KpiRow Row(string key, DateTimeOffset startedAt, TimeZoneInfo zone, string? store, Domain.Roster.ServiceRole? role,
        string? agent, string? customer, KpiCounters counters)
    {
        var hour = BrandLocalTime.HourOf(startedAt, zone);
        return new KpiRow(key, DateOnly.FromDateTime(hour.DateTime), hour.Hour, (int)hour.Offset.TotalMinutes, startedAt, store, role, agent, customer, counters);
    }
}
