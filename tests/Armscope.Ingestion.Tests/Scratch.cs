using System.IO.Compression;
using System.Text;

namespace Armscope.Ingestion.Tests;

/// <summary>A temporary folder the test writes its inputs into; removed afterwards.</summary>
internal sealed class Scratch : IDisposable
{
    public Scratch() => Root = Directory.CreateTempSubdirectory("armscope-ingestion-").FullName;

    public string Root { get; }

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    public static byte[] Gzip(string text) => Gzip(Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}

internal static class Reading
{
    public static List<ReadResult> ReadAll(params string[] paths) => new DocumentReader(new DateOnly(2019, 4, 29)).Read(paths).ToList();

    public static List<ReadResult> ReadAll(ReaderOptions options, params string[] paths) => new DocumentReader(options).Read(paths).ToList();
}
