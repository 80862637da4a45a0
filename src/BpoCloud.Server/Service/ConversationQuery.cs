using BpoCloud.Domain.Common;

namespace BpoCloud.Server.Service;

/// <summary>The query of GET …/conversations: the KPI window and filters, plus paging.</summary>
public sealed record ConversationQuery(KpiQuery Window, PageRequest Page) : IValidatableRequest
{
    public static async ValueTask<ConversationQuery?> BindAsync(HttpContext http) =>
        new ConversationQuery((await KpiQuery.BindAsync(http))!, PageRequest.From(http.Request.Query));

    public void Validate(ValidationErrors errors)
    {
        Window.Validate(errors);
        Page.Validate(errors);
    }
}
