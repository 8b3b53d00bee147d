namespace ClaimCheck.Text;

/// <summary>
/// Finds whole-word phrases from a fixed vocabulary in text, case-insensitively, in one pass over the words.
/// Each phrase maps to a value (its canonical meaning).
/// </summary>
/// <remarks>Immutable and thread-safe once built. Phrases are indexed by the number of their first word (see
/// <see cref="VocabularyWords"/>): a text's words are numbered once, however many matchers scan it, and a scan then costs
/// one array read per word plus the few candidates that share it.</remarks>
internal sealed class PhraseMatcher<T>
{
    // The phrases by the number of their first word (see VocabularyWords), longest first; null where none starts.
    private readonly Phrase[]?[] _byFirstWord;
    // How many words a snapshot of VocabularyWords must know to hold every word of these phrases.
    private readonly int _known;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var groups = phrases
            .Select(p => (Words: p.Phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), p.Value))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0])
            .Select(g => g.OrderByDescending(p => p.Words.Length).ToArray())
            .ToList();
        var words = groups.SelectMany(g => g).SelectMany(p => p.Words).Distinct(StringComparer.Ordinal).ToList();
        var ids = VocabularyWords.Register(words);
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++) idOf[words[i]] = ids[i];
        _known = ids.Length == 0 ? 0 : ids.Max() + 1;
        _byFirstWord = new Phrase[]?[groups.Count == 0 ? 0 : groups.Max(g => idOf[g[0].Words[0]]) + 1];
        foreach (var group in groups)
            _byFirstWord[idOf[group[0].Words[0]]] = [.. group.Select(p => new Phrase(p.Words, [.. p.Words.Select(w => idOf[w])], p.Value))];
    }

    /// <summary>A phrase found in text: its span and value.</summary>
    public readonly record struct Match(TextSpan Span, T Value);

    /// <summary>Every vocabulary phrase in <paramref name="text"/>, longest first at each position, without overlaps; the list is not to be changed.</summary>
    public List<Match> FindAll(string text) => FindAll(new WordedText(text));

    /// <summary>The matches among the words of <paramref name="text"/>, in its words' offsets; the list is not to be changed.</summary>
    /// <remarks>Finds words by their numbers (<see cref="WordedText.Keys"/>): a scan hashes no word.</remarks>
    public List<Match> FindAll(WordedText text)
    {
        // Most scans find nothing: they share one empty list, which is why no reader may change the list returned.
        List<Match>? found = null;
        var words = text.Words;
        var keys = text.Keys(_known);
        var byFirstWord = _byFirstWord;
        for (int i = 0; i < keys.Length; i++)
        {
            int id = keys[i].Id;
            if ((uint)id >= (uint)byFirstWord.Length || byFirstWord[id] is not { } candidates) continue;
            foreach (var phrase in candidates)
            {
                if (i + phrase.Words.Length > keys.Length || !phrase.FollowsAt(text, keys, i)) continue;
                (found ??= new List<Match>(2)).Add(new Match(TextSpan.FromBounds(words[i].Start, words[i + phrase.Words.Length - 1].End), phrase.Value));
                i += phrase.Words.Length - 1;
                break;
            }
        }
        return found ?? NoMatches;
    }

    private static readonly List<Match> NoMatches = [];

    /// <summary>A phrase's words (lower case), their numbers, which of them are ASCII, and its value.</summary>
    private sealed class Phrase(string[] words, int[] ids, T value)
    {
        private readonly bool[] _ascii = [.. words.Select(w => System.Text.Ascii.IsValid(w))];

        public string[] Words { get; } = words;
        public T Value { get; } = value;

        /// <summary>Whether the words after the first one follow word <paramref name="first"/> of the text.</summary>
        /// <remarks>Numbers settle it for ASCII words; any other word is compared as written, ignoring case.</remarks>
        public bool FollowsAt(WordedText text, WordKey[] keys, int first)
        {
            for (int k = 1; k < Words.Length; k++)
            {
                var key = keys[first + k];
                if (key.Plain && _ascii[k]) { if (key.Id != ids[k]) return false; }
                else if (!text.Written(text.Words[first + k]).Equals(Words[k], StringComparison.OrdinalIgnoreCase)) return false;
            }
            return true;
        }
    }

    /// <summary>The words of <paramref name="text"/>: runs of letters and digits, with inner apostrophes ("Syria's" is one
    /// word), each span shifted by <paramref name="offset"/>.</summary>
    public static List<TextSpan> Words(string text, int offset)
    {
        // Words are gathered first (a word and the mark after it take two characters, so there are at most half as many
        // words as characters, plus one), then the list is made at its size: grown a doubling at a time, it left three
        // or four arrays of garbage per sentence.
        int most = text.Length / 2 + 1;
        TextSpan[]? rented = most > MaxWordsOnStack ? System.Buffers.ArrayPool<TextSpan>.Shared.Rent(most) : null;
        Span<TextSpan> found = rented ?? stackalloc TextSpan[MaxWordsOnStack];
        int n = 0, i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                i++;
            found[n++] = TextSpan.FromBounds(s + offset, i + offset);
        }
        var words = new List<TextSpan>(n);
        words.AddRange(found[..n]);
        if (rented is not null) System.Buffers.ArrayPool<TextSpan>.Shared.Return(rented);
        return words;
    }

    private const int MaxWordsOnStack = 128;
}
