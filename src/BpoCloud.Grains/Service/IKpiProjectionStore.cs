using BpoCloud.Domain.Service;

namespace BpoCloud.Grains.Service;

/// <summary>What the KPI projection reads from the event ledger and writes to the KPI rows (implemented in Storage).</summary>
public interface IKpiProjectionStore
{
    Task<IReadOnlyList<DirtyItem>> TakeDirty(string brandId, int max);

    Task MarkDirty(string brandId, IReadOnlyCollection<string> keys);

    /// <summary>The conversations (ids) these customers started, from the ledger.</summary>
    Task<IReadOnlyList<string>> ConversationsOfCustomers(string brandId, IReadOnlyCollection<string> customerIds);

    Task<IReadOnlyDictionary<string, List<ServiceEvent>>> EventsOfConversations(string brandId, IReadOnlyCollection<string> conversationIds);

    Task<IReadOnlyList<ServiceEvent>> EventsById(string brandId, IReadOnlyCollection<string> eventIds);

    /// <summary>Conversation starts and orders of these customers: what FCR and conversion look for.</summary>
    Task<ICustomerActivity> ActivityOf(string brandId, IReadOnlyCollection<string> customerIds);

    Task<IReadOnlyList<SlaPolicy>> SlaPolicies(string brandId);

    Task Save(string brandId, IReadOnlyList<KpiRow> rows, IReadOnlyCollection<string> removedKeys);

    /// <summary>Clears the items whose mark is still the one read; items marked again meanwhile stay dirty.</summary>
    Task ClearDirty(string brandId, IReadOnlyList<DirtyItem> items);
}
