using System.Collections.Frozen;

namespace ClaimCheck.Text;

/// <summary>
/// Finds whole-word phrases from a fixed vocabulary in text, case-insensitively, in one pass over the words.
/// Each phrase maps to a value (its canonical meaning).
/// </summary>
/// <remarks>Immutable and thread-safe once built. Phrases are indexed by their first word, so a scan costs
/// one dictionary look-up per word plus the few candidates that share it.</remarks>
internal sealed class PhraseMatcher<T>
{
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> _byFirstWord;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        _byFirstWord = phrases
            .Select(p => (Words: p.Phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), p.Value))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray());
        foreach (var first in _byFirstWord.Keys) _lengthsByInitial[InitialOf(first[0])] |= LengthBit(first.Length);
    }

    // A cheap sieve before the dictionary: most words of a sentence start no phrase, and their first letter and length say so.
    private readonly ulong[] _lengthsByInitial = new ulong[37];

    /// <summary>A slot for a lower-case first character: one per ASCII letter and digit, one shared by every other character.</summary>
    private static int InitialOf(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + c - '0',
        _ => 36,
    };

    /// <summary>A bit per word length, the last one shared by every longer length.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>A phrase found in text: its span and value.</summary>
    public readonly record struct Match(TextSpan Span, T Value);

    /// <summary>Every vocabulary phrase in <paramref name="text"/>, longest first at each position, without overlaps.</summary>
    public List<Match> FindAll(string text) => FindAll(new WordedText(text));

    /// <summary>The matches among the words of <paramref name="text"/>, in its words' offsets.</summary>
    /// <remarks>Looks words up in the text's lower-cased copy: no word is lower-cased per scan.</remarks>
    public List<Match> FindAll(WordedText text)
    {
        var found = new List<Match>();
        var words = text.Words;
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length > MaxWordLength) continue;
            var lower = text.Lower(w);
            if ((_lengthsByInitial[InitialOf(lower[0])] & LengthBit(w.Length)) == 0 || !lookup.TryGetValue(lower, out var candidates)) continue;
            foreach (var (phrase, value) in candidates)
            {
                if (i + phrase.Length > words.Count || !Matches(text, i, phrase)) continue;
                found.Add(new Match(TextSpan.FromBounds(w.Start, words[i + phrase.Length - 1].End), value));
                i += phrase.Length - 1;
                break;
            }
        }
        return found;
    }

    /// <summary>Words longer than this are no vocabulary word (and never looked up).</summary>
    private const int MaxWordLength = 64;

    private static bool Matches(WordedText text, int first, string[] phrase)
    {
        for (int k = 1; k < phrase.Length; k++)
            if (!text.Written(text.Words[first + k]).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
                return false;
        return true;
    }

    /// <summary>The words of <paramref name="text"/>: runs of letters and digits, with inner apostrophes ("Syria's" is one
    /// word), each span shifted by <paramref name="offset"/>.</summary>
    public static List<TextSpan> Words(string text, int offset)
    {
        var words = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                i++;
            words.Add(TextSpan.FromBounds(s + offset, i + offset));
        }
        return words;
    }
}
