namespace ClaimCheck.Text;

/// <summary>
/// Numbers every word of every <see cref="PhraseMatcher{T}"/> vocabulary (lower case): a sentence's words are looked up
/// here once, and each matcher then finds its phrases by number, with no hashing of its own.
/// </summary>
/// <remarks>
/// Thread-safe. Words are only ever added, and each addition publishes a new <see cref="Snapshot"/>: a number once given
/// never changes, and a snapshot that knew <c>n</c> words knows every word numbered below <c>n</c>.
/// </remarks>
internal static class VocabularyWords
{
    private static readonly object Gate = new();
    private static volatile Snapshot _current = new(new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The words numbered so far.</summary>
    public static Snapshot Current => _current;

    /// <summary>The numbers of <paramref name="words"/> (lower case), numbering those not seen before.</summary>
    public static int[] Register(IReadOnlyList<string> words)
    {
        lock (Gate)
        {
            var known = _current;
            var ids = new int[words.Count];
            Dictionary<string, int>? added = null;
            for (int i = 0; i < words.Count; i++)
            {
                if (known.Ids.TryGetValue(words[i], out ids[i])) continue;
                added ??= new Dictionary<string, int>(known.Ids, StringComparer.Ordinal);
                if (!added.TryGetValue(words[i], out ids[i])) added.Add(words[i], ids[i] = added.Count);
            }
            if (added is not null) _current = new Snapshot(added);
            return ids;
        }
    }

    /// <summary>The words numbered at one moment; never changed once published.</summary>
    public sealed class Snapshot
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Snapshot(Dictionary<string, int> ids)
        {
            Ids = ids;
            _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        internal Dictionary<string, int> Ids { get; }

        /// <summary>How many words are numbered (0 to Count - 1).</summary>
        public int Count => Ids.Count;

        /// <summary>The number of a lower-case word, or -1 when no vocabulary has it.</summary>
        public int IdOf(ReadOnlySpan<char> lower) => _lookup.TryGetValue(lower, out int id) ? id : -1;
    }
}
