using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;
using BpoCloud.Grains.Service;
using BpoCloud.Server.Identity;
using BpoCloud.Server.Tenancy;
using BpoCloud.Storage.Service;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BpoCloud.Server.Service;

/// <summary>
/// POST /brands/{brandId}/events: a brand's systems (API key) or the firm's operations staff send what happened in
/// conversations. A batch is atomic: any bad event and nothing is stored. The answer comes after the events are durable.
/// </summary>
public static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/brands/{brandId}/events", Ingest).WithTags("Service events").RequireAuthorization(Policies.Ingest);
        return api;
    }

    public static async Task<Results<Ok<IngestResponse>, ValidationProblem, ProblemHttpResult>> Ingest(
        string brandId, EventBatchRequest body, TenantContext tenancy, SqlServiceLedger ledger, IGrainFactory grains, TimeProvider clock,
        ILogger<EventBatchRequest> logger)
    {
        if (tenancy.TenantFor(brandId) is not { } brand)
        {
            return GrainResultHttp.NotFound($"Brand '{brandId}' does not exist.");
        }
        if (brand.Status != BrandStatus.Active)
        {
            return TypedResults.Problem($"The brand is {brand.Status.ToString().ToLowerInvariant()}: it can read its data but not send events.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }
        if (body.Events is null || body.Events.Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["events"] = ["must contain at least one event."] });
        }
        if (body.Events.Count > EventBatchRequest.MaxEvents)
        {
            return TypedResults.Problem($"A batch may hold at most {EventBatchRequest.MaxEvents} events; this one has {body.Events.Count}.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");
        }
        var now = clock.GetUtcNow();
        var (events, errors) = Read(body.Events, now);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var result = await ledger.Append(brandId, events, now);
        if (result.Accepted > 0)
        {
            await grains.GetGrain<IKpiProjectionGrain>(brandId).Poke();
        }
        logger.LogInformation("Ingested {Accepted} events ({Duplicates} duplicates) for {TenantId}", result.Accepted, result.Duplicates, brandId);
        return TypedResults.Ok(new IngestResponse(result.Accepted, result.Duplicates));
    }

    /// <summary>Checks every event with the domain's rules; errors are keyed events[i].field so each bad index is named.</summary>
    private static (List<ServiceEvent> Events, ValidationErrors Errors) Read(IReadOnlyList<EventDto?> dtos, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var events = new List<ServiceEvent>(dtos.Count);
        for (var i = 0; i < dtos.Count; i++)
        {
            var prefix = $"events[{i}]";
            if (dtos[i] is not { } dto)
            {
                errors.Add(prefix, "is required.");
                continue;
            }
            if (!ServiceEventTypeNames.TryParse(dto.Type, out var type))
            {
                errors.Add($"{prefix}.type", $"must be one of: {string.Join(", ", ServiceEventTypeNames.All)}.");
                continue;
            }
            if (dto.OccurredAt is null)
            {
                errors.Add($"{prefix}.occurredAt", "is required.");
                continue;
            }
            if (dto.Text is { Length: > EventDto.MaxTextLength })
            {
                errors.Add($"{prefix}.text", $"must be at most {EventDto.MaxTextLength} characters.");
            }
            var serviceEvent = dto.ToEvent(type);
            var problems = ServiceEventRules.Validate(serviceEvent, now);
            foreach (var (field, messages) in problems.ToDictionary())
            {
                foreach (var message in messages)
                {
                    errors.Add($"{prefix}.{field}", message);
                }
            }
            events.Add(serviceEvent);
        }
        return (events, errors);
    }
}
