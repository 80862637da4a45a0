namespace BpoCloud.Storage.Common;

/// <summary>A list was asked for a page with a cursor it never issued.</summary>
public sealed class InvalidCursorException : Exception
{
    public InvalidCursorException() : base("The cursor is not one this list issued.") { }

    public InvalidCursorException(string message) : base(message) { }

    public InvalidCursorException(string message, Exception innerException) : base(message, innerException) { }
}
