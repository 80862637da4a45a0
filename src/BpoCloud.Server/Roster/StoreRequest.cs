using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;
using BpoCloud.Grains.Roster;

namespace BpoCloud.Server.Roster;

/// <summary>Body of POST/PUT /brands/{brandId}/stores.</summary>
public sealed record StoreRequest(string? Name, StorePlatform? Platform, IReadOnlyList<OpeningHoursDto>? ServiceHours) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("name", Name, 200);
        errors.RequireDefined("platform", Platform);
        if (ServiceHours is null)
        {
            return;
        }
        for (var i = 0; i < ServiceHours.Count; i++)
        {
            var window = ServiceHours[i];
            if (window is null)
            {
                errors.Add($"serviceHours[{i}]", "is required.");
                continue;
            }
            errors.RequireDefined($"serviceHours[{i}].day", window.Day);
            ClockTime.ValidateWindow(errors, $"serviceHours[{i}]", window.Open, window.Close);
        }
    }

    public StoreDraft ToDraft() => new(
        Name!.Trim(),
        Platform!.Value,
        ServiceHours is null ? null : [.. ServiceHours.Select(h => new OpeningHours(h.Day!.Value, h.Open!, h.Close!))]);
}
