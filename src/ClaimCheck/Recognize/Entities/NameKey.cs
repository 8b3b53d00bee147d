using System.Globalization;
using System.Text;

namespace ClaimCheck.Recognize.Entities;

/// <summary>
/// The two comparison keys of a name token: an exact key (diacritics folded, lower case, apostrophes dropped) and a
/// phonetic key that also folds the transliteration variants news spelling produces (vowels, j/g, q/k, sh/ch, doubled
/// letters, a final h after a vowel).
/// </summary>
/// <remarks>
/// The phonetic key is a rule, not a list: vowel and j/g/y variants of one transliterated name share a key
/// (the tests cover a leader's name spelled three ways); "Deraa" and "Daraa" share "dVrV". Because it is lossy, a phonetic hit is only accepted when the exact keys are also close
/// (<see cref="AcceptsPhonetic"/>), which keeps short names such as "Iran" and "Irene" apart.
/// </remarks>
internal static class NameKey
{
    /// <summary>Diacritics folded, lower case, apostrophes removed: "Erdoğan" -> "erdogan", "Dera'a" -> "deraa".</summary>
    public static string Exact(ReadOnlySpan<char> token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (char c in token)
        {
            if (c < 0x80)
            {
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
                continue;
            }
            AppendFolded(sb, c);
        }
        return sb.ToString();
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case 'ı': sb.Append('i'); return;
            case 'ø': case 'Ø': sb.Append('o'); return;
            case 'ł': case 'Ł': sb.Append('l'); return;
            case 'đ': case 'Đ': sb.Append('d'); return;
            case 'ß': sb.Append("ss"); return;
            case 'æ': case 'Æ': sb.Append("ae"); return;
            case 'œ': case 'Œ': sb.Append("oe"); return;
            case 'þ': case 'Þ': sb.Append("th"); return;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) return;
        if (!char.IsLetterOrDigit(c)) return; // ʿayn, ʾalif and other apostrophe-like letters vanish like apostrophes
        foreach (char d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(d);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            sb.Append(char.ToLowerInvariant(d));
        }
    }

    /// <summary>Diacritics folded, case and punctuation kept: "Erdoğan" -> "Erdogan". For canonical names of unknown entities.</summary>
    public static string FoldDisplay(ReadOnlySpan<char> text)
    {
        bool ascii = true;
        foreach (char c in text) if (c >= 0x80) { ascii = false; break; }
        if (ascii) return text.ToString();
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c < 0x80) { sb.Append(c); continue; }
            int before = sb.Length;
            AppendFolded(sb, c);
            if (char.IsUpper(c) && sb.Length > before) sb[before] = char.ToUpperInvariant(sb[before]);
        }
        return sb.ToString();
    }

    /// <summary>The phonetic skeleton of an exact key: runs of vowels become 'V', consonant classes merge, doubles collapse.</summary>
    public static string Phonetic(string exact)
    {
        var sb = new StringBuilder(exact.Length);
        for (int i = 0; i < exact.Length; i++)
        {
            char c = exact[i];
            char next = i + 1 < exact.Length ? exact[i + 1] : '\0';
            char code;
            if (IsVowel(c)) code = 'V';
            else if (c == 's' && next == 'c' && i + 2 < exact.Length && exact[i + 2] == 'h') { code = 'S'; i += 2; }
            else if (next == 'h' && c is 's' or 'c') { code = 'S'; i++; }
            else if (next == 'h' && c is 'z' or 'g') { code = 'J'; i++; }
            else if (next == 'h' && c == 'k') { code = 'x'; i++; }
            else if (next == 'h' && c is 't' or 'd' or 'p')
            {
                code = c == 'p' ? 'f' : c;
                i++;
            }
            else if (c == 'd' && next == 'j') { code = 'J'; i++; }
            else if (c == 'c' && next == 'k') { code = 'k'; i++; }
            else if (c == 'h')
            {
                // A silent h after a vowel at the end of a token or before a consonant: Talbiseh = Talbisa, Riyadh = Riyad.
                bool afterVowel = sb.Length > 0 && sb[^1] == 'V';
                if (afterVowel && (next == '\0' || !IsVowel(next))) continue;
                code = 'h';
            }
            else code = c switch
            {
                'c' => next is 'e' or 'i' ? 's' : 'k',
                'q' => 'k',
                'g' or 'j' => 'J',
                'v' => 'f',
                _ => c,
            };
            if (c == 'x') { Append(sb, 'k'); Append(sb, 's'); continue; }
            Append(sb, code);
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char code)
    {
        if (sb.Length > 0 && sb[^1] == code) return;
        sb.Append(code);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';

    /// <summary>Number of consonant classes in a phonetic key: the information it carries.</summary>
    public static int Consonants(string phonetic)
    {
        int n = 0;
        foreach (char c in phonetic) if (c is not ('V' or ' ')) n++;
        return n;
    }

    /// <summary>
    /// Whether a phonetic match between two names is trusted: long skeletons (four consonants or more) always,
    /// three consonants when at most two letters differ, shorter ones when at most one letter differs.
    /// </summary>
    public static bool AcceptsPhonetic(string exactA, string exactB, int consonants)
    {
        if (consonants >= 4) return true;
        if (consonants == 3) return EditDistance(exactA, exactB, 2) <= 2;
        // Short names carry little information: one changed letter ("Deraa"/"Daraa") once doubled letters, "ou"
        // and a final h are set aside ("Sittwe"/"Sitwe", "Houthi"/"Huthi", "Kirkuk"/"Kirkouk").
        string a = Light(exactA), b = Light(exactB);
        return a.Length == b.Length && EditDistance(a, b, 1) <= 1;
    }

    private static string Light(string exact)
    {
        var sb = new StringBuilder(exact.Length);
        for (int i = 0; i < exact.Length; i++)
        {
            char c = exact[i];
            if (c == 'o' && i + 1 < exact.Length && exact[i + 1] == 'u') continue;
            if (c == 'h' && i == exact.Length - 1 && i > 0 && IsVowel(exact[i - 1])) continue;
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit || b.Length > 128) return limit + 1;
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            cur.CopyTo(prev);
        }
        return prev[b.Length];
    }
}
