namespace BpoCloud.Benchmarks;

/// <summary>A run cannot go on (server did not start, storage unreachable); the message says what to fix.</summary>
public sealed class BenchmarkException : Exception
{
    public BenchmarkException()
    {
    }

    public BenchmarkException(string message) : base(message)
    {
    }

    public BenchmarkException(string message, Exception inner) : base(message, inner)
    {
    }
}
