namespace BpoCloud.Server.Identity;

/// <summary>A bearer token and when it stops working.</summary>
public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");
