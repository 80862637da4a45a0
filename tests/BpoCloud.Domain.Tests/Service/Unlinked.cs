using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

/// <summary>Events a brand sends without a conversationId.</summary>
internal static class Unlinked
{
    private static int next;

    public static ServiceEvent Nps(string at, int score, string customer = "cust-x") =>
        new(NextId(), ServiceEventType.NpsRated, Time.At(at)) { CustomerId = customer, Score = score };

    public static ServiceEvent Complaint(string at, string customer = "cust-x") =>
        new(NextId(), ServiceEventType.ComplaintOpened, Time.At(at)) { CustomerId = customer, Category = ComplaintCategory.Product };

    public static ServiceEvent Order(string at, string customer, decimal amount = 199m) =>
        new(NextId(), ServiceEventType.OrderPlaced, Time.At(at)) { CustomerId = customer, Amount = amount };

    private static string NextId() => $"u-{Interlocked.Increment(ref next)}";
}
