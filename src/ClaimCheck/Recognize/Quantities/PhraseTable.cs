using System.Collections.Frozen;

namespace ClaimCheck.Recognize.Quantities;

/// <summary>
/// A set of phrases matched forward at a position of the text, longest first: a hand-written scanner in place
/// of one big alternation regex. A space in a phrase matches any run of white space in the text.
/// </summary>
/// <remarks>Built once, then immutable and thread-safe. Candidates are bucketed by their first two characters.</remarks>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<int, Entry[]> _buckets;
    private readonly bool _digitMayFollow;

    private readonly record struct Entry(string Phrase, T Value, bool CaseSensitive);

    /// <param name="phrases">The phrases, their values, and whether each is matched case-sensitively.</param>
    /// <param name="digitMayFollow">Whether a digit may follow a phrase that ends in a letter ("USD5m" for currency prefixes).</param>
    public PhraseTable(IEnumerable<(string Phrase, T Value, bool CaseSensitive)> phrases, bool digitMayFollow = false)
    {
        _digitMayFollow = digitMayFollow;
        // Plain loops rather than LINQ: Entry is a struct, so every T would have LINQ's generic code compiled for it at
        // start-up, about sixty methods a table type that no precompiled image can hold (docs/performance.md).
        HashSet<string> seenSensitive = new(StringComparer.Ordinal), seenFolded = new(StringComparer.Ordinal);
        var groups = new Dictionary<int, List<Entry>>();
        foreach (var (phrase, value, caseSensitive) in phrases)
        {
            if (phrase.Length == 0) continue;
            var entry = new Entry(caseSensitive ? phrase : phrase.ToLowerInvariant(), value, caseSensitive);
            // The first of equal phrases (as matched) wins.
            if (!(caseSensitive ? seenSensitive : seenFolded).Add(entry.Phrase)) continue;
            int key = Key(entry.Phrase, 0);
            if (!groups.TryGetValue(key, out var group)) groups.Add(key, group = []);
            group.Add(entry);
        }
        var buckets = new Dictionary<int, Entry[]>(groups.Count);
        foreach (var (key, group) in groups) buckets.Add(key, LongestFirst(group));
        _buckets = buckets.ToFrozenDictionary();
        foreach (int key in _buckets.Keys)
            if ((key >> 16) < 128) _asciiStarts[key >> 22] |= 1UL << (key >> 16);
    }

    /// <summary>The bucket's phrases, the longest first, phrases of equal length in the order given (a bucket holds few
    /// phrases: an insertion sort, which keeps that order).</summary>
    private static Entry[] LongestFirst(List<Entry> group)
    {
        var sorted = group.ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            var entry = sorted[i];
            int j = i - 1;
            for (; j >= 0 && sorted[j].Phrase.Length < entry.Phrase.Length; j--) sorted[j + 1] = sorted[j];
            sorted[j + 1] = entry;
        }
        return sorted;
    }

    // The ASCII characters (folded) some phrase starts with, one bit each: most positions start no phrase, and their first character says so.
    private readonly ulong[] _asciiStarts = new ulong[2];

    /// <summary>Matches the longest phrase starting at <paramref name="pos"/>; a phrase ending in a letter or digit must end a word.</summary>
    public bool TryMatch(string text, int pos, out T value, out int end)
    {
        value = default!;
        end = pos;
        if (pos >= text.Length) return false;
        char first = char.ToLowerInvariant(text[pos]);
        if (first < 128 && (_asciiStarts[first >> 6] & (1UL << first)) == 0) return false;
        // Buckets are keyed by the first two characters (folded), so a look-up tries only the phrases that can match;
        // one-character phrases ("m", "%", "$") have their own bucket, tried after the longer ones.
        if (pos + 1 < text.Length && TryBucket(text, pos, Key(text, pos), ref value, ref end)) return true;
        return TryBucket(text, pos, char.ToLowerInvariant(text[pos]) << 16, ref value, ref end);
    }

    private bool TryBucket(string text, int pos, int key, ref T value, ref int end)
    {
        if (!_buckets.TryGetValue(key, out var bucket)) return false;
        foreach (var entry in bucket)
        {
            int e = MatchAt(text, pos, entry, _digitMayFollow);
            if (e < 0) continue;
            value = entry.Value;
            end = e;
            return true;
        }
        return false;
    }

    // The first two characters of a phrase (or of the text at i), lower-cased, white space folded to ' '; 0 for a one-character phrase.
    private static int Key(string s, int i)
    {
        int first = char.ToLowerInvariant(s[i]) << 16;
        if (i + 1 >= s.Length) return first;
        char c = s[i + 1];
        return first | (char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
    }

    private static int MatchAt(string text, int pos, in Entry entry, bool digitMayFollow)
    {
        string phrase = entry.Phrase;
        int j = pos;
        for (int k = 0; k < phrase.Length; k++)
        {
            char pc = phrase[k];
            if (pc == ' ')
            {
                if (j >= text.Length || !char.IsWhiteSpace(text[j])) return -1;
                while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                continue;
            }
            if (j >= text.Length) return -1;
            char tc = text[j];
            if (entry.CaseSensitive ? tc != pc : char.ToLowerInvariant(tc) != pc) return -1;
            j++;
        }
        char last = phrase[^1];
        if (char.IsLetterOrDigit(last) && j < text.Length && (char.IsLetter(text[j]) || (!digitMayFollow && char.IsDigit(text[j])))) return -1;
        return j;
    }
}
