using BpoCloud.Domain.Common;
using BpoCloud.Domain.Roster;
using BpoCloud.Grains.Roster;
using BpoCloud.Server.Tenancy;

namespace BpoCloud.Server.Roster;

/// <summary>Body of POST/PUT /brands: a PUT replaces every field, so omitted optional fields fall back to their defaults.</summary>
public sealed record BrandRequest(
    string? Name,
    string? LegalName,
    string? TimeZone,
    string? Currency,
    BrandStatus? Status,
    IReadOnlyList<ServiceRole>? Roles) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequireText("name", Name, 200);
        errors.OptionalText("legalName", LegalName, 300);
        if (TimeZone is not null && !TimeZones.TryFind(TimeZone, out _))
        {
            errors.Add("timeZone", $"'{TimeZone}' is not a known IANA time zone.");
        }
        if (Currency is not null && (Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper)))
        {
            errors.Add("currency", "must be a three-letter ISO 4217 code such as CNY.");
        }
        if (Status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("status", "is not one of the allowed values.");
        }
        if (Roles is null || Roles.Count == 0)
        {
            errors.Add("roles", "must name at least one service role the brand buys.");
        }
        else if (Roles.Distinct().Count() != Roles.Count)
        {
            errors.Add("roles", "must not repeat a role.");
        }
    }

    /// <summary>The brand's fields, with the firm's defaults (Tenancy:Defaults) for what the request leaves out.</summary>
    public BrandDraft ToDraft(TenantOptions defaults) => new(
        Name!.Trim(),
        string.IsNullOrWhiteSpace(LegalName) ? null : LegalName.Trim(),
        TimeZone ?? defaults.TimeZone,
        Currency ?? defaults.Currency,
        Status ?? BrandStatus.Active,
        [.. Roles!]);
}
