using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Armscope.Learned;

/// <summary>
/// Sentence embeddings as sentence-transformers computes them for all-MiniLM-L6-v2: WordPiece tokens (lower case, at most
/// 256), the transformer's last hidden states, their mean over real tokens, L2-normalised to a 384-dimension unit vector.
/// Thread-safe: the ONNX session may be shared, and each call tokenizes into its own buffers.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const int Dimensions = 384;
    private const int MaxTokens = 256;
    private const int BatchSize = 32;

    private readonly BertTokenizer _tokenizer = new();
    private readonly InferenceSession _session;
    private readonly bool _wantsTokenTypes;

    public SentenceEmbedder(ModelCarrier carrier)
    {
        using (var vocabulary = new StringReader(carrier.Vocabulary))
        {
            _tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
        }

        using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        _session = new InferenceSession(carrier.Onnx, options);
        _wantsTokenTypes = _session.InputMetadata.ContainsKey("token_type_ids");
    }

    public static SentenceEmbedder LoadDefault() => new(ModelCarrier.Load());

    public float[] Embed(string sentence) => Embed([sentence])[0];

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences)
    {
        var result = new List<float[]>(sentences.Count);
        for (var start = 0; start < sentences.Count; start += BatchSize)
        {
            result.AddRange(EmbedBatch(sentences.Skip(start).Take(BatchSize).ToList()));
        }

        return result;
    }

    private float[][] EmbedBatch(IReadOnlyList<string> batch)
    {
        // Tokenize each sentence alone, then pad the batch only to its longest sentence (most news sentences are short).
        var ids = new long[batch.Count][];
        var lengths = new int[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            ids[i] = new long[MaxTokens];
            var mask = new long[MaxTokens];
            lengths[i] = _tokenizer.Encode(batch[i], ids[i], mask, padTo: null);
        }

        var width = Math.Max(1, lengths.Max());
        var inputIds = new long[batch.Count * width];
        var attention = new long[batch.Count * width];
        for (var i = 0; i < batch.Count; i++)
        {
            Array.Copy(ids[i], 0, inputIds, i * width, lengths[i]);
            Array.Fill(attention, 1L, i * width, lengths[i]);
        }

        int[] shape = [batch.Count, width];
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(inputIds, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(attention, shape)),
        };
        if (_wantsTokenTypes)
        {
            inputs.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[batch.Count * width], shape)));
        }

        using var outputs = _session.Run(inputs);

        // Last hidden states [batch, width, 384], read from their flat buffer (the tensor indexer allocates per call).
        var hidden = outputs[0].AsEnumerable<float>().ToArray();
        var result = new float[batch.Count][];
        for (var i = 0; i < batch.Count; i++)
        {
            result[i] = MeanPooledUnitVector(hidden.AsSpan(i * width * Dimensions, width * Dimensions), lengths[i]);
        }

        return result;
    }

    private static float[] MeanPooledUnitVector(ReadOnlySpan<float> tokens, int length)
    {
        var v = new float[Dimensions];
        for (var t = 0; t < length; t++)
        {
            var token = tokens.Slice(t * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                v[d] += token[d];
            }
        }

        var norm = 0.0;
        for (var d = 0; d < Dimensions; d++)
        {
            v[d] /= Math.Max(1, length);
            norm += v[d] * v[d];
        }

        var scale = (float)(1 / Math.Max(Math.Sqrt(norm), 1e-12));
        for (var d = 0; d < Dimensions; d++)
        {
            v[d] *= scale;
        }

        return v;
    }

    public void Dispose() => _session.Dispose();
}
