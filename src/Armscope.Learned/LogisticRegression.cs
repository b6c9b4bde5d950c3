namespace Armscope.Learned;

/// <summary>
/// L2-regularised logistic regression fitted by full-batch gradient descent with Nesterov momentum. The loss is convex and
/// the data small (a few thousand 384-dimension vectors), so this plain method converges in about a second.
/// Classes are weighted to count equally, so the balance of the training file does not move the decision.
/// </summary>
public static class LogisticRegression
{
    public sealed record Fit(float[] Weights, double Bias);

    public static Fit Train(IReadOnlyList<float[]> x, IReadOnlyList<bool> y, double l2, int iterations = 1500, double learningRate = 4.0)
    {
        var n = x.Count;
        var dims = x[0].Length;
        var positives = y.Count(v => v);
        var weightOf = (bool label) => n / (2.0 * (label ? Math.Max(1, positives) : Math.Max(1, n - positives)));

        var w = new double[dims];
        var b = 0.0;
        var velocityW = new double[dims];
        var velocityB = 0.0;
        const double momentum = 0.9;
        var lookahead = new float[dims];
        var gradient = new double[dims];
        for (var step = 0; step < iterations; step++)
        {
            for (var d = 0; d < dims; d++)
            {
                lookahead[d] = (float)(w[d] + momentum * velocityW[d]);
            }

            var lookaheadB = b + momentum * velocityB;
            Array.Clear(gradient);
            var gradientB = 0.0;
            for (var i = 0; i < n; i++)
            {
                var p = TransferSentenceClassifier.Sigmoid(TransferSentenceClassifier.Logit(lookahead, lookaheadB, x[i]));
                var error = (p - (y[i] ? 1 : 0)) * weightOf(y[i]) / n;
                var xi = x[i];
                for (var d = 0; d < dims; d++)
                {
                    gradient[d] += error * xi[d];
                }

                gradientB += error;
            }

            for (var d = 0; d < dims; d++)
            {
                velocityW[d] = momentum * velocityW[d] - learningRate * (gradient[d] + l2 * lookahead[d]);
                w[d] += velocityW[d];
            }

            velocityB = momentum * velocityB - learningRate * gradientB;
            b += velocityB;
        }

        return new Fit(w.Select(v => (float)v).ToArray(), b);
    }
}
