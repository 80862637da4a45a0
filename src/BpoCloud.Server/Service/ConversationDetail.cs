using BpoCloud.Storage.Service;

namespace BpoCloud.Server.Service;

/// <summary>GET …/conversations/{conversationId}: the conversation's KPI facts and its timeline.</summary>
public sealed record ConversationDetail(ConversationRow? Summary, IReadOnlyList<TimelineEvent> Timeline);
