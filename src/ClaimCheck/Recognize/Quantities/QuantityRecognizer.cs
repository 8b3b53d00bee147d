using System.Text;
using ClaimCheck.Normalize;

namespace ClaimCheck.Recognize.Quantities;

/// <summary>
/// ClaimCheck's quantity recognizer: counts, dimensions, money, percentages, ages, temperatures, durations and
/// ranks, with their qualifiers ("more than", "about", "between"), vague magnitudes ("tens of thousands") and
/// conversions in parentheses ("30 km (19 mi)"). See docs/recognition.md for the unit and qualifier vocabulary.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Vocabularies are read once from the embedded data files; a scan is a single
/// left-to-right pass with bounded look-ahead and no regular expressions. Text that is not yet normalised
/// (curly quotes, exotic spaces, Arabic-Indic digits) is folded character for character first, so offsets
/// always point into the text given.
/// </remarks>
public sealed class QuantityRecognizer : IQuantityRecognizer
{
    private readonly QuantityVocabulary _vocabulary;

    /// <summary>Creates a recognizer with the vocabulary shipped in the package.</summary>
    public QuantityRecognizer() => _vocabulary = QuantityVocabulary.Default;

    /// <summary>The shared default instance.</summary>
    public static QuantityRecognizer Default { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<Quantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FormatCharacters.Strip(text) is { } stripped)
            return FormatCharacters.MapBack(Scan(stripped.Text), text, stripped.Offsets);
        return Scan(text);
    }

    private Quantity[] Scan(string text)
    {
        string t = TextNormalizer.Normalize(text);
        List<Quantity>? found = null;
        int i = 0;
        while (i < t.Length)
        {
            char c = t[i];
            if (!IsCandidateStart(t, i))
            {
                i++;
                continue;
            }
            bool qualifierOnly = false;
            if (char.IsLetter(c))
            {
                int we = TextScan.WordEnd(t, i);
                var word = t.AsSpan(i, we - i);
                if (!_vocabulary.TryTrigger(word, out qualifierOnly))
                {
                    i = we;
                    continue;
                }
                qualifierOnly &= Ascii.IsValid(word); // the look-up ignores case ordinally, phrases fold it by character: alike in ASCII
            }
            int next = QuantityScanner.Scan(text, t, i, _vocabulary, allowConversion: true, out var quantity, qualifierOnly);
            if (quantity is not null)
            {
                if (found is { Count: > 0 } && found[^1].Change != QuantityChange.None && quantity.Change == QuantityChange.None
                    && IsOrBetween(t, found[^1].End, quantity.Start))
                    quantity = quantity with { Change = found[^1].Change }; // "rose 120 points, or 0.4%": the same change
                (found ??= []).Add(quantity);
            }
            if (next > i) i = next;
            else i = char.IsLetter(c) ? TextScan.WordEnd(t, i) : i + 1;
        }
        return found is null ? [] : found.ToArray();
    }

    // ", or " (or " or ") and nothing else between two quantities.
    private static bool IsOrBetween(string t, int from, int to)
    {
        var between = t.AsSpan(from, to - from).Trim(" ,");
        return between.Equals("or", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCandidateStart(string t, int i)
    {
        char c = t[i];
        if (i > 0 && char.IsLetterOrDigit(t[i - 1])) return false;
        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol
            || (c is '-' or '+' && i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]))
            || (c == '.' && i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]) && (i == 0 || t[i - 1] is ' ' or '(' or '\t'));
    }
}
