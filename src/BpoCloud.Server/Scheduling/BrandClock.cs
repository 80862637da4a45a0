using BpoCloud.Domain.Common;
using BpoCloud.Grains.Roster;

namespace BpoCloud.Server.Scheduling;

/// <summary>
/// Shows instants in the brand's own time: shifts are stored in UTC but read by people who plan in brand time
/// (China time unless the brand says otherwise). Looks each brand's zone up once per request.
/// </summary>
public sealed class BrandClock(IGrainFactory grains)
{
    private readonly Dictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    public async Task<ShiftResponse> Show(Grains.Scheduling.ShiftInfo shift)
    {
        var brandId = shift.Details.BrandId;
        if (!_zones.TryGetValue(brandId, out var zone))
        {
            var brand = await grains.GetGrain<IBrandGrain>(brandId).Get();
            _zones[brandId] = zone = TimeZones.TryFind(brand?.Details.TimeZone, out var found) ? found : TimeZones.Find(TimeZones.Default);
        }
        var d = shift.Details;
        return ShiftResponse.From(shift with
        {
            Details = d with
            {
                Start = TimeZoneInfo.ConvertTime(d.Start, zone),
                End = TimeZoneInfo.ConvertTime(d.End, zone),
                Breaks = [.. d.Breaks.Select(b => b with { Start = TimeZoneInfo.ConvertTime(b.Start, zone), End = TimeZoneInfo.ConvertTime(b.End, zone) })],
            },
        });
    }
}
