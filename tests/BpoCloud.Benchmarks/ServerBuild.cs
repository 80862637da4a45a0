using System.Diagnostics;

namespace BpoCloud.Benchmarks;

/// <summary>Finds the Release build of BpoCloud.Server in this repository, building it when the tool was not.</summary>
public static class ServerBuild
{
    private const string ServerProject = "src/BpoCloud.Server";

    public static async Task<string> LocateAsync(string? explicitDll, CancellationToken cancellationToken)
    {
        if (explicitDll is not null)
        {
            return File.Exists(explicitDll) ? explicitDll : throw new BenchmarkException($"--server-dll {explicitDll} does not exist.");
        }
        var root = RepositoryRoot();
        var dll = Path.Combine(root, ServerProject, "bin", "Release", "net10.0", "BpoCloud.Server.dll");
#if DEBUG
        // A Release build of this tool has just built the server in Release through its project reference; a Debug
        // build has not, and figures must come from a Release server.
        await BuildAsync(root, cancellationToken);
#else
        if (!File.Exists(dll))
        {
            await BuildAsync(root, cancellationToken);
        }
        await Task.CompletedTask;
#endif
        return File.Exists(dll) ? dll : throw new BenchmarkException($"{dll} is missing after the build.");
    }

    private static async Task BuildAsync(string root, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"building {ServerProject} in Release");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, UseShellExecute = false };
        foreach (var arg in new[] { "build", "-c", "Release", ServerProject })
        {
            start.ArgumentList.Add(arg);
        }
        using var build = Process.Start(start) ?? throw new BenchmarkException("Could not start `dotnet build`.");
        await build.WaitForExitAsync(cancellationToken);
        if (build.ExitCode != 0)
        {
            throw new BenchmarkException($"`dotnet build -c Release {ServerProject}` failed with exit code {build.ExitCode}.");
        }
    }

    /// <summary>The folder holding BpoCloud.sln, searched upwards from the tool and from the current directory.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BpoCloud.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new BenchmarkException("Cannot find BpoCloud.sln above the tool or the current directory; pass --server-dll.");
    }
}
