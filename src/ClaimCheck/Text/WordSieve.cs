namespace ClaimCheck.Text;

/// <summary>
/// A first test of whether a word can be one of a set of words looked up ignoring case (ordinally), by its first
/// letter, its last letter and its length: most words of a text start no quantity, no date and no attribution cue,
/// and are passed over without being hashed. Shared by the recognizers' trigger words and attribution's vocabularies.
/// </summary>
/// <remarks>
/// Never turns away a word of the set: a word that does not start and end with an ASCII letter is always let through
/// to the look-up. Immutable and thread-safe once built.
/// </remarks>
internal sealed class WordSieve
{
    private const int Letters = 26;

    // One bit per word length (the last bit shared by every longer length) for each pair of first and last letters.
    private readonly ulong[] _lengths = new ulong[Letters * Letters];

    public WordSieve(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            foreach (int first in SlotsOf(word[0]))
                foreach (int last in SlotsOf(word[^1]))
                    _lengths[first * Letters + last] |= LengthBit(word.Length);
        }
    }

    /// <summary>Whether <paramref name="word"/> may be in the set; false only when it is certainly not.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return true;
        uint first = Slot(word[0]), last = Slot(word[^1]);
        if (first >= Letters || last >= Letters) return true;
        return (_lengths[first * Letters + last] & LengthBit(word.Length)) != 0;
    }

    /// <summary>The slot of an ASCII letter in either case (0 to 25); any other character gives 26 or more.</summary>
    private static uint Slot(char c) => (uint)((c | 0x20) - 'a');

    /// <summary>The slots of the ASCII letters a character of a set word equals ignoring case: none when it is no letter.</summary>
    private static IEnumerable<int> SlotsOf(char c)
    {
        for (char letter = 'a'; letter <= 'z'; letter++)
            if (string.Equals(letter.ToString(), c.ToString(), StringComparison.OrdinalIgnoreCase)) yield return letter - 'a';
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
}
