using BpoCloud.Domain.Common;

namespace BpoCloud.Domain.Service;

/// <summary>What makes a <see cref="ServiceEvent"/> acceptable: required fields per type, ranges, lengths and time window.</summary>
public static class ServiceEventRules
{
    public const int MaxIdLength = 128;

    /// <summary>Brand clocks drift; a few minutes ahead is tolerated, more means a wrong clock or time zone.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(5);

    /// <summary>Late events (offline desks, retried batches) are accepted for a week; older days are treated as closed.</summary>
    public static readonly TimeSpan MaxLateness = TimeSpan.FromDays(7);

    /// <summary>Problems with <paramref name="serviceEvent"/> at <paramref name="now"/>; empty when it is acceptable.</summary>
    public static ValidationErrors Validate(ServiceEvent serviceEvent, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        Validate(serviceEvent, now, errors);
        return errors;
    }

    /// <summary>Adds the problems with <paramref name="serviceEvent"/> to <paramref name="errors"/> (for request validation).</summary>
    public static void Validate(ServiceEvent serviceEvent, DateTimeOffset now, ValidationErrors errors)
    {
        var e = serviceEvent;
        errors.RequireText("id", e.Id, MaxIdLength);
        if (e.OccurredAt > now + MaxAhead)
        {
            errors.Add("occurredAt", "is more than 5 minutes in the future.");
        }
        else if (e.OccurredAt < now - MaxLateness)
        {
            errors.Add("occurredAt", "is older than 7 days.");
        }

        if (!Enum.IsDefined(e.Type))
        {
            errors.Add("type", "is not a known event type.");
            return;
        }

        CheckConversationId(errors, e);
        CheckTypeFields(errors, e);
    }

    private static void CheckConversationId(ValidationErrors errors, ServiceEvent e)
    {
        switch (e.Type)
        {
            case ServiceEventType.AgentStatus:
                if (e.ConversationId is not null)
                {
                    errors.Add("conversationId", "must be absent for agent.status.");
                }
                break;
            case ServiceEventType.NpsRated or ServiceEventType.OrderPlaced or ServiceEventType.ComplaintOpened:
                if (e.ConversationId is not null && string.IsNullOrWhiteSpace(e.ConversationId))
                {
                    errors.Add("conversationId", "must not be empty when given.");
                }
                errors.OptionalText("conversationId", e.ConversationId, MaxIdLength);
                break;
            default:
                errors.RequireText("conversationId", e.ConversationId, MaxIdLength);
                break;
        }
    }

    private static void CheckTypeFields(ValidationErrors errors, ServiceEvent e)
    {
        switch (e.Type)
        {
            case ServiceEventType.ConversationStarted:
                errors.RequireText("storeId", e.StoreId, MaxIdLength);
                errors.RequireText("customerId", e.CustomerId, MaxIdLength);
                errors.RequireDefined("role", e.Role);
                break;
            case ServiceEventType.AgentMessage:
                errors.RequireText("agentId", e.AgentId, MaxIdLength);
                if (e.Automated is null)
                {
                    errors.Add("automated", "is required.");
                }
                break;
            case ServiceEventType.ConversationAssigned:
                errors.RequireText("agentId", e.AgentId, MaxIdLength);
                break;
            case ServiceEventType.ConversationTransferred:
                errors.RequireText("agentId", e.AgentId, MaxIdLength);
                if (e.Role is not null)
                {
                    errors.RequireDefined("role", e.Role);
                }
                break;
            case ServiceEventType.CsatRated:
                CheckCsat(errors, e);
                break;
            case ServiceEventType.NpsRated:
                errors.RequireText("customerId", e.CustomerId, MaxIdLength);
                if (e.Score is null)
                {
                    errors.Add("score", "is required.");
                }
                else if (e.Score is < 0 or > 10)
                {
                    errors.Add("score", "must be between 0 and 10.");
                }
                break;
            case ServiceEventType.OrderPlaced:
                errors.RequireText("customerId", e.CustomerId, MaxIdLength);
                if (e.Amount is null)
                {
                    errors.Add("amount", "is required.");
                }
                else if (e.Amount < 0)
                {
                    errors.Add("amount", "must not be negative.");
                }
                break;
            case ServiceEventType.ComplaintOpened:
                errors.RequireText("customerId", e.CustomerId, MaxIdLength);
                errors.RequireDefined("category", e.Category);
                break;
            case ServiceEventType.AgentStatus:
                errors.RequireText("agentId", e.AgentId, MaxIdLength);
                errors.RequireDefined("status", e.Status);
                break;
        }
    }

    private static void CheckCsat(ValidationErrors errors, ServiceEvent e)
    {
        if (e.Scale is null)
        {
            errors.Add("scale", "is required.");
        }
        else if (e.Scale is not (5 or 10))
        {
            errors.Add("scale", "must be 5 or 10.");
        }

        if (e.Score is null)
        {
            errors.Add("score", "is required.");
        }
        else if (e.Scale is 5 or 10 && (e.Score < 1 || e.Score > e.Scale))
        {
            errors.Add("score", $"must be between 1 and {e.Scale}.");
        }
    }
}
