using System.Net;
using System.Net.Sockets;

namespace BpoCloud.Benchmarks;

/// <summary>Loopback ports nobody listens on, so a run never collides with a developer's server or another run.</summary>
public static class FreePorts
{
    /// <summary>
    /// All listeners stay open until every port is chosen, so the ports are distinct; there is still a small
    /// window before the server binds them, which is acceptable for a benchmark.
    /// </summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
