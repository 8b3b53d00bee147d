using System.Text;
using ClaimCheck.Normalize;

namespace ClaimCheck.Recognize.Dates;

/// <summary>
/// ClaimCheck's date recognizer: absolute dates ("December 5", "Dec. 5, 2024", "5 December", "2024-12-05"),
/// months and parts of months ("late November"), years with their prepositions ("since 2011"), and dates relative
/// to the publication day ("Thursday", "on Saturday", "two days later", "earlier this week", "yesterday").
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Relative mentions and years left out ("December 5") resolve against the
/// reference (publication) date; without one they are returned with their text and no dates. A weekday
/// resolves to the most recent such day on or before the reference. See docs/recognition.md.
/// </remarks>
public sealed class DateRecognizer : IDateRecognizer
{
    private readonly DateVocabulary _vocabulary;

    /// <summary>Creates a recognizer with the vocabulary shipped in the package.</summary>
    public DateRecognizer() => _vocabulary = DateVocabulary.Default;

    /// <summary>The shared default instance.</summary>
    public static DateRecognizer Default { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<DateMention> Recognize(string text, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = TextNormalizer.Normalize(text);
        List<DateMention>? found = null;
        DateOnly? anchor = null;
        int i = 0;
        while (i < t.Length)
        {
            char c = t[i];
            if (!char.IsLetterOrDigit(c) || (i > 0 && char.IsLetterOrDigit(t[i - 1])))
            {
                i++;
                continue;
            }
            var trigger = DateTrigger.Any;
            if (char.IsLetter(c))
            {
                int we = Quantities.TextScan.WordEnd(t, i);
                int stem = we - i > 2 && t[we - 2] == '\'' ? we - 2 : we; // "Saturday's"
                if (!_vocabulary.TryTrigger(t.AsSpan(i, stem - i), out trigger))
                {
                    i = we;
                    continue;
                }
                if (!Ascii.IsValid(t.AsSpan(i, stem - i))) trigger = DateTrigger.Any; // "ſince" equals "since" ignoring case
            }
            var scanner = new DateScanner(text, t, reference, anchor, _vocabulary);
            int next = scanner.Scan(i, trigger, out var mention);
            if (mention is not null)
            {
                mention = Since(text, t, mention, reference);
                (found ??= []).Add(mention);
                if (mention.Earliest is { } e && mention.Latest == e) anchor = e;
            }
            i = next > i ? next : char.IsLetter(c) ? Quantities.TextScan.WordEnd(t, i) : SkipDigits(t, i);
        }
        return found is null ? [] : found.ToArray();
    }

    // "since late November", "since December 5": from that period's start to the publication day.
    private static DateMention Since(string text, string t, DateMention mention, DateOnly? reference)
    {
        var before = Quantities.TextScan.PreviousWord(t, mention.Start, out int start);
        if (!before.Equals("since", StringComparison.OrdinalIgnoreCase) || mention.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase))
            return mention;
        return mention with
        {
            Text = text.Substring(start, mention.Start + mention.Length - start),
            Start = start,
            Length = mention.Start + mention.Length - start,
            Latest = mention.Earliest is null ? null : reference,
        };
    }

    private static int SkipDigits(string t, int i)
    {
        while (i < t.Length && char.IsLetterOrDigit(t[i])) i++;
        return i;
    }
}
