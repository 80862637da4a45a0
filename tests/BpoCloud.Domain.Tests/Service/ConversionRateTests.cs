using BpoCloud.Domain.Roster;

namespace BpoCloud.Domain.Tests.Service;

public class ConversionRateTests
{
    [Fact]
    public void Worked_example_conversion_rate_counts_pre_sale_customers_who_order_within_24_hours()
    {
        ConversationBuilder[] monday =
        [
            PreSale("c1", "cust-1"),
            PreSale("c2", "cust-2"),
            PreSale("c3", "cust-3"),
            PreSale("c4", "cust-4").Order("10:05"),   // ordered inside the conversation
            ConversationBuilder.Started("10:00", "c5", "cust-5", ServiceRole.InSale).Order("10:05"),
        ];
        var orders = new[]
        {
            Unlinked.Order("2025-03-04 09:59:59", "cust-1"),   // 23:59:59 later: converted
            Unlinked.Order("2025-03-04 10:00:01", "cust-2"),   // 24:00:01 later: too late
            Unlinked.Order("09:00", "cust-3"),                 // before the conversation
        };

        var kpis = Kpis.Of(monday, [], laterBrandEvents: orders);

        Assert.Equal(0.5m, kpis.ConversionRate);
    }

    [Fact]
    public void An_order_exactly_24_hours_after_the_start_converts()
    {
        var kpis = Kpis.Of([PreSale("c1", "cust-1")], [], laterBrandEvents: [Unlinked.Order("2025-03-04 10:00:00", "cust-1")]);

        Assert.Equal(1m, kpis.ConversionRate);
    }

    [Fact]
    public void A_transfer_to_pre_sale_does_not_make_a_conversation_pre_sale()
    {
        var transferred = ConversationBuilder.Started("10:00", "c1", "cust-1", ServiceRole.AfterSale)
            .Transferred("10:01", "agent-2", ServiceRole.PreSale).Order("10:05");

        Assert.Null(Kpis.Of(transferred).ConversionRate);
    }

    private static ConversationBuilder PreSale(string id, string customer) =>
        ConversationBuilder.Started("10:00", id, customer, ServiceRole.PreSale).Customer("10:00:01").Agent("10:00:10");
}
