using BpoCloud.Domain.Service;

namespace BpoCloud.Domain.Tests.Service;

public class ServiceEventTypeNamesTests
{
    [Fact]
    public void Every_event_type_round_trips_through_its_wire_name()
    {
        foreach (var type in Enum.GetValues<ServiceEventType>())
        {
            Assert.True(ServiceEventTypeNames.TryParse(ServiceEventTypeNames.ToWireName(type), out var parsed));
            Assert.Equal(type, parsed);
        }

        Assert.Equal(14, ServiceEventTypeNames.All.Count);
    }

    [Theory]
    [InlineData("conversation.started", ServiceEventType.ConversationStarted)]
    [InlineData("message.customer", ServiceEventType.CustomerMessage)]
    [InlineData("message.agent", ServiceEventType.AgentMessage)]
    [InlineData("csat.rated", ServiceEventType.CsatRated)]
    [InlineData("agent.status", ServiceEventType.AgentStatus)]
    public void Wire_names_are_the_documented_ones(string wireName, ServiceEventType type)
    {
        Assert.True(ServiceEventTypeNames.TryParse(wireName, out var parsed));
        Assert.Equal(type, parsed);
    }

    [Theory]
    [InlineData("Message.Customer")]
    [InlineData("message")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_or_differently_cased_wire_names_are_not_guessed(string? wireName) =>
        Assert.False(ServiceEventTypeNames.TryParse(wireName, out _));
}
