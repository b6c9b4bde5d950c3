namespace Armscope.Extraction.Frames;

/// <summary>
/// Tests over a list of mentions for rules that would read <c>chain.Any(t => ... s ... first ...)</c>: the same answers in
/// the same order, but the test is a static lambda that is handed what it reads (the sentence, a position, a trigger)
/// instead of capturing it. A lambda that captures a parameter or a method's local makes the method allocate its closure
/// on entry, at every call, even when the lambda is never reached; <c>BuildChain</c> runs for every chain, so its tests
/// go through these. Write the test with the same names as the captured ones (<c>static (t, s, first) => ...</c>) so it
/// reads as it did.
/// </summary>
internal static class Among
{
    /// <summary>Whether <paramref name="test"/> holds for any item (as <c>Enumerable.Any</c>).</summary>
    public static bool Any<T, TA>(List<T> items, TA a, Func<T, TA, bool> test)
    {
        foreach (var x in items)
        {
            if (test(x, a))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc cref="Any{T, TA}(List{T}, TA, Func{T, TA, bool})"/>
    public static bool Any<T, TA, TB>(List<T> items, TA a, TB b, Func<T, TA, TB, bool> test)
    {
        foreach (var x in items)
        {
            if (test(x, a, b))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc cref="Any{T, TA}(List{T}, TA, Func{T, TA, bool})"/>
    public static bool Any<T, TA, TB, TC>(List<T> items, TA a, TB b, TC c, Func<T, TA, TB, TC, bool> test)
    {
        foreach (var x in items)
        {
            if (test(x, a, b, c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="test"/> holds for every item, true when there is none (as <c>Enumerable.All</c>).</summary>
    public static bool All<T, TA>(List<T> items, TA a, Func<T, TA, bool> test)
    {
        foreach (var x in items)
        {
            if (!test(x, a))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc cref="All{T, TA}(List{T}, TA, Func{T, TA, bool})"/>
    public static bool All<T, TA, TB>(List<T> items, TA a, TB b, Func<T, TA, TB, bool> test)
    {
        foreach (var x in items)
        {
            if (!test(x, a, b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first item <paramref name="test"/> holds for, else null (as <c>FirstOrDefault</c> and <c>Find</c>).</summary>
    public static T? First<T, TA>(List<T> items, TA a, Func<T, TA, bool> test)
        where T : class
    {
        foreach (var x in items)
        {
            if (test(x, a))
            {
                return x;
            }
        }

        return null;
    }

    /// <inheritdoc cref="First{T, TA}(List{T}, TA, Func{T, TA, bool})"/>
    public static T? First<T, TA, TB>(List<T> items, TA a, TB b, Func<T, TA, TB, bool> test)
        where T : class
    {
        foreach (var x in items)
        {
            if (test(x, a, b))
            {
                return x;
            }
        }

        return null;
    }

    /// <inheritdoc cref="First{T, TA}(List{T}, TA, Func{T, TA, bool})"/>
    public static T? First<T, TA, TB, TC>(List<T> items, TA a, TB b, TC c, Func<T, TA, TB, TC, bool> test)
        where T : class
    {
        foreach (var x in items)
        {
            if (test(x, a, b, c))
            {
                return x;
            }
        }

        return null;
    }

    /// <summary>The last item <paramref name="test"/> holds for, else null (as <c>LastOrDefault</c> and <c>FindLast</c>).</summary>
    public static T? Last<T, TA>(List<T> items, TA a, Func<T, TA, bool> test)
        where T : class
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (test(items[i], a))
            {
                return items[i];
            }
        }

        return null;
    }

    /// <inheritdoc cref="Last{T, TA}(List{T}, TA, Func{T, TA, bool})"/>
    public static T? Last<T, TA, TB>(List<T> items, TA a, TB b, Func<T, TA, TB, bool> test)
        where T : class
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (test(items[i], a, b))
            {
                return items[i];
            }
        }

        return null;
    }

    /// <inheritdoc cref="Last{T, TA}(List{T}, TA, Func{T, TA, bool})"/>
    public static T? Last<T, TA, TB, TC>(List<T> items, TA a, TB b, TC c, Func<T, TA, TB, TC, bool> test)
        where T : class
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (test(items[i], a, b, c))
            {
                return items[i];
            }
        }

        return null;
    }

    /// <summary>The items <paramref name="test"/> holds for, in order, as a new list (as <c>Where(...).ToList()</c>).</summary>
    public static List<T> Where<T, TA>(List<T> items, TA a, Func<T, TA, bool> test)
    {
        var kept = new List<T>();
        foreach (var x in items)
        {
            if (test(x, a))
            {
                kept.Add(x);
            }
        }

        return kept;
    }

    /// <inheritdoc cref="Where{T, TA}(List{T}, TA, Func{T, TA, bool})"/>
    public static List<T> Where<T, TA, TB>(List<T> items, TA a, TB b, Func<T, TA, TB, bool> test)
    {
        var kept = new List<T>();
        foreach (var x in items)
        {
            if (test(x, a, b))
            {
                kept.Add(x);
            }
        }

        return kept;
    }

    /// <inheritdoc cref="Where{T, TA}(List{T}, TA, Func{T, TA, bool})"/>
    public static List<T> Where<T, TA, TB, TC>(List<T> items, TA a, TB b, TC c, Func<T, TA, TB, TC, bool> test)
    {
        var kept = new List<T>();
        foreach (var x in items)
        {
            if (test(x, a, b, c))
            {
                kept.Add(x);
            }
        }

        return kept;
    }
}
