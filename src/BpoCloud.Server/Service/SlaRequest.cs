using System.Globalization;
using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;
using BpoCloud.Domain.Service;

namespace BpoCloud.Server.Service;

/// <summary>Body of PUT /brands/{brandId}/sla: a new policy version, in force from <see cref="EffectiveFrom"/> (default today, brand time).</summary>
public sealed record SlaRequest(
    string? EffectiveFrom,
    int? FirstResponseSeconds,
    decimal? TargetServiceLevel,
    decimal? ResponseWithin3MinTarget,
    BusinessHoursDto? BusinessHours,
    IReadOnlyList<string>? Holidays) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (EffectiveFrom is not null && !TryDate(EffectiveFrom, out _))
        {
            errors.Add("effectiveFrom", "must be a brand-local date yyyy-MM-dd.");
        }
        if (FirstResponseSeconds is null)
        {
            errors.Add("firstResponseSeconds", "is required.");
        }
        if (TargetServiceLevel is null)
        {
            errors.Add("targetServiceLevel", "is required.");
        }
        if (ResponseWithin3MinTarget is null)
        {
            errors.Add("responseWithin3MinTarget", "is required.");
        }
        if (BusinessHours?.Days is not { Count: > 0 })
        {
            errors.Add("businessHours.days", "must list at least one open window.");
        }
        for (var i = 0; i < (BusinessHours?.Days?.Count ?? 0); i++)
        {
            var day = BusinessHours!.Days![i];
            errors.RequireDefined($"businessHours.days[{i}].day", day?.Day);
            ClockTime.ValidateWindow(errors, $"businessHours.days[{i}]", day?.Open, day?.Close);
        }
        for (var i = 0; i < (Holidays?.Count ?? 0); i++)
        {
            if (!TryDate(Holidays![i], out _))
            {
                errors.Add($"holidays[{i}]", "must be a date yyyy-MM-dd.");
            }
        }
        if (errors.IsEmpty)
        {
            ToPolicy(TimeZones.Default, DateOnly.MinValue).Validate(errors);
        }
    }

    public SlaPolicy ToPolicy(string timeZone, DateOnly today) => new()
    {
        EffectiveFrom = EffectiveFrom is not null && TryDate(EffectiveFrom, out var from) ? from : today,
        FirstResponseSeconds = FirstResponseSeconds ?? 0,
        TargetServiceLevel = TargetServiceLevel ?? 0,
        ResponseWithin3MinTarget = ResponseWithin3MinTarget ?? 0,
        BusinessHours = new BusinessHours
        {
            TimeZone = timeZone,
            Windows = [.. (BusinessHours?.Days ?? []).Select(d => new OpeningWindow(d!.Day!.Value, d.Open!, d.Close!))],
            Holidays = [.. (Holidays ?? []).Select(h => DateOnly.ParseExact(h, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct().Order()],
        },
    };

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
