using System.Diagnostics;
using System.Text;

namespace Armscope.Cli.Tests;

/// <summary>The real CLI run as a child process (`dotnet armscope.dll ...`), as an operator runs it.</summary>
public static class ArmscopeProcess
{
    /// <summary>The built CLI beside the tests (the project reference copies it here).</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "armscope.dll");

    /// <summary>The dotnet host running the tests.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Starts the CLI with these arguments; output is collected, not shown.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ARMSCOPE_DB");
        var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Outputs.Add(process, output);
        return process;
    }

    /// <summary>Runs the CLI to its end (at most <paramref name="timeout"/>); its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var process = Start(args);
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"armscope {string.Join(' ', args)} ran longer than {timeout.TotalSeconds} s:\n{OutputOf(process)}");
        }

        return (process.ExitCode, OutputOf(process));
    }

    /// <summary>What the process printed so far, standard output and error interleaved.</summary>
    public static string OutputOf(Process process)
    {
        process.WaitForExit(5000);
        var output = Outputs.TryGetValue(process, out var text) ? text : new StringBuilder();
        lock (output)
        {
            return output.ToString();
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Process, StringBuilder> Outputs = [];

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
