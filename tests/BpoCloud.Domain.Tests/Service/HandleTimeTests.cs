namespace BpoCloud.Domain.Tests.Service;

public class HandleTimeTests
{
    [Fact]
    public void Worked_example_average_handle_time()
    {
        var quick = ConversationBuilder.Started("10:00:00", "c1")
            .Customer("10:00:05").Assigned("10:00:10").Agent("10:00:20").Resolved("10:05:10");
        var reassignedAndReopened = ConversationBuilder.Started("10:10:00", "c2")
            .Customer("10:10:00").Assigned("10:10:00", "agent-1").Assigned("10:12:00", "agent-2").Agent("10:12:30", "agent-2")
            .Resolved("10:20:00").Reopened("10:30:00").Resolved("10:40:00");
        var neverAssigned = ConversationBuilder.Started("10:20:00", "c3").Customer("10:20:00").Agent("10:20:10").Resolved("10:25:00");

        var kpis = Kpis.Of(quick, reassignedAndReopened, neverAssigned);

        Assert.Equal(450m, kpis.AhtAvgSeconds);
    }

    [Fact]
    public void Handle_time_is_null_without_resolved_conversations()
    {
        var open = ConversationBuilder.Started("10:00:00").Customer("10:00:00").Assigned("10:00:01").Agent("10:00:05");

        Assert.Null(Kpis.Of(open).AhtAvgSeconds);
    }

    [Fact]
    public void An_assignment_logged_after_the_resolution_is_left_out_of_handle_time()
    {
        var odd = ConversationBuilder.Started("10:00:00").Customer("10:00:00").Agent("10:00:05").Resolved("10:01:00").Assigned("10:02:00");

        var kpis = Kpis.Of(odd);

        Assert.Equal(1m, kpis.ResolutionRate);
        Assert.Null(kpis.AhtAvgSeconds);
    }
}
