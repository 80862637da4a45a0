using BpoCloud.Domain.Common;

namespace BpoCloud.Server.Common;

/// <summary>A request body that checks itself with the domain's rules; <see cref="ValidationFilter"/> runs it before the handler.</summary>
public interface IValidatableRequest
{
    void Validate(ValidationErrors errors);
}
