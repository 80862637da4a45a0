using BpoCloud.Domain.Common;

namespace BpoCloud.Server.Identity;

/// <summary>Body of POST /brands/{brandId}/api-keys: an optional name to tell keys apart.</summary>
public sealed record ApiKeyRequest(string? Name) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.OptionalText("name", Name, 100);
}
