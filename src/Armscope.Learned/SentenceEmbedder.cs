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

    private IEnumerable<float[]> EmbedBatch(IReadOnlyList<string> batch)
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
        var inputIds = new DenseTensor<long>([batch.Count, width]);
        var attention = new DenseTensor<long>([batch.Count, width]);
        for (var i = 0; i < batch.Count; i++)
        {
            for (var j = 0; j < lengths[i]; j++)
            {
                inputIds[i, j] = ids[i][j];
                attention[i, j] = 1;
            }
        }

        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", inputIds),
            NamedOnnxValue.CreateFromTensor("attention_mask", attention),
        };
        if (_wantsTokenTypes)
        {
            inputs.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>([batch.Count, width])));
        }

        using var outputs = _session.Run(inputs);
        var hidden = outputs[0].AsTensor<float>(); // [batch, tokens, 384]
        for (var i = 0; i < batch.Count; i++)
        {
            yield return MeanPooledUnitVector(hidden, i, lengths[i]);
        }
    }

    private static float[] MeanPooledUnitVector(Tensor<float> hidden, int row, int length)
    {
        var v = new float[Dimensions];
        for (var t = 0; t < length; t++)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                v[d] += hidden[row, t, d];
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
