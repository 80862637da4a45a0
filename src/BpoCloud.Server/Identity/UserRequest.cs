using BpoCloud.Domain.Common;
using BpoCloud.Domain.Identity;
using BpoCloud.Domain.Tenancy;

namespace BpoCloud.Server.Identity;

/// <summary>Body of POST /users. agentId links a firm agent or team lead to their agent profile ("own shifts", "my team").</summary>
public sealed record UserRequest(string? Email, string? Password, string? DisplayName, Role? Role, string? BrandId, string? AgentId) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        AccountRules.ValidateEmail(errors, "email", Email);
        AccountRules.ValidatePassword(errors, "password", Password);
        errors.RequireText("displayName", DisplayName, 200);
        AccountRules.ValidateRoleAndBrand(errors, Role, BrandId);
        if (AgentId is not null && !EntityIds.IsWellFormed(AgentId))
        {
            errors.Add("agentId", "is not a valid id.");
        }
        if (AgentId is not null && Role is { } r && Roles.IsBrandRole(r))
        {
            errors.Add("agentId", "only firm users can be linked to an agent profile.");
        }
    }
}
