using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;

namespace Armscope.Extraction;

/// <summary>Reads a document and returns every arms transfer it states. Pure: no I/O, no shared mutable state.</summary>
public sealed class TransferExtractor
{
    private readonly ReferenceData _data;

    public TransferExtractor(ReferenceData data) => _data = data;

    public IReadOnlyList<Transfer> Extract(Document document, CancellationToken cancellationToken = default)
    {
        _ = _data;
        _ = document;
        return [];
    }
}
