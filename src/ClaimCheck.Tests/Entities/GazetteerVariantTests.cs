using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Tests.Entities;

/// <summary>The variant rule must reach spellings nobody listed without merging two different known entries.</summary>
public class GazetteerVariantTests
{
    private static readonly char[] Vowels = ['a', 'e', 'i', 'o', 'u'];

    /// <summary>Every one-vowel change of every one-word name of at least five letters.</summary>
    private static IEnumerable<(GazetteerEntry Entry, string Variant)> VowelVariants() =>
        Gazetteer.Default.Entries.SelectMany(e => e.Names
            .Where(n => n.Length >= 5 && n.All(char.IsLetter) && !n.All(char.IsUpper))
            .SelectMany(n => Enumerable.Range(1, n.Length - 1)
                .Where(i => Vowels.Contains(n[i]))
                .SelectMany(i => Vowels.Where(v => v != n[i]).Select(v => n[..i] + v + n[(i + 1)..])))
            .Select(v => (e, v)));

    private static int Closest(string variant, GazetteerEntry entry) =>
        entry.Names.Min(n => NameKey.EditDistance(NameKey.Exact(variant), NameKey.Exact(n), 64));

    /// <summary>A variant may land on another entry only when it is at least as close to that entry's spelling.</summary>
    [Fact]
    public void Resolve_OneVowelChanged_NeverResolvesToAnotherEntry()
    {
        var stolen = VowelVariants()
            .Select(x => (x.Entry, x.Variant, Found: Gazetteer.Default.Resolve(x.Variant)))
            .Where(x => x.Found is not null && x.Found != x.Entry && Closest(x.Variant, x.Entry) < Closest(x.Variant, x.Found))
            .Select(x => $"{x.Variant} ({x.Entry.Name}) -> {x.Found!.Name}")
            .Distinct()
            .ToList();
        stolen.Should().BeEmpty();
    }

    [Fact]
    public void Resolve_OneVowelChanged_MostlyStillResolvesToTheEntry()
    {
        var variants = VowelVariants().ToList();
        int kept = variants.Count(x => Gazetteer.Default.Resolve(x.Variant) == x.Entry);
        ((double)kept / variants.Count).Should().BeGreaterThan(0.8);
    }
}
