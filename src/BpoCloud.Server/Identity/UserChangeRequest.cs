using BpoCloud.Domain.Common;
using BpoCloud.Domain.Tenancy;

namespace BpoCloud.Server.Identity;

/// <summary>Body of PATCH /users/{userId}: only the fields given change. Changing role must keep role and brand consistent.</summary>
public sealed record UserChangeRequest(string? DisplayName, Role? Role, string? BrandId, string? AgentId, bool? Disabled) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.OptionalText("displayName", DisplayName, 200);
        if (DisplayName is not null && string.IsNullOrWhiteSpace(DisplayName))
        {
            errors.Add("displayName", "must not be blank.");
        }
        if (Role is { } r && !Enum.IsDefined(r))
        {
            errors.Add("role", "is not one of the allowed values.");
        }
        if (BrandId is not null && !EntityIds.IsWellFormed(BrandId))
        {
            errors.Add("brandId", "is not a valid id.");
        }
        if (AgentId is not null && !EntityIds.IsWellFormed(AgentId))
        {
            errors.Add("agentId", "is not a valid id.");
        }
    }
}
