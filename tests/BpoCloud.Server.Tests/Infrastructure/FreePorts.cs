using System.Net;
using System.Net.Sockets;

namespace BpoCloud.Server.Tests.Infrastructure;

/// <summary>Free loopback ports, so servers started by parallel tests never collide.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
