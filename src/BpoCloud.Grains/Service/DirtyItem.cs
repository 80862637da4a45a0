namespace BpoCloud.Grains.Service;

/// <summary>Something to recompute, with the mark it had when read (it is cleared only if still unchanged).</summary>
public sealed record DirtyItem(string Key, long Mark)
{
    public const string CustomerPrefix = "~customer:";
    public const string EventPrefix = "~event:";

    public bool IsCustomer => Key.StartsWith(CustomerPrefix, StringComparison.Ordinal);

    public bool IsUnlinkedEvent => Key.StartsWith(EventPrefix, StringComparison.Ordinal);

    public bool IsConversation => !IsCustomer && !IsUnlinkedEvent;

    public string Id => IsCustomer ? Key[CustomerPrefix.Length..] : IsUnlinkedEvent ? Key[EventPrefix.Length..] : Key;
}
