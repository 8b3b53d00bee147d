using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using static ClaimCheck.Tests.Compare.ClaimFactory;

namespace ClaimCheck.Tests.Compare;

/// <summary>
/// The comparer finds conflicts without looking at every pair. These tests hold it to what looking at every pair
/// gives (<see cref="PairwiseOracle"/>, the rule as first written) on random groups small enough to list every claim,
/// and check what a large group keeps.
/// </summary>
public class ComparerSweepTests
{
    private static readonly string[] Sources = ["Reuters", "UN", "Ministry", "Monitor", "Witness", "Outlet"];
    private static readonly SourceKind[] Kinds = [SourceKind.NewsAgency, SourceKind.UnAgency, SourceKind.Government, SourceKind.Monitor, SourceKind.Witness, SourceKind.Outlet];

    [Fact]
    public void Compare_RandomSmallGroups_SameAsEveryPairCompared()
    {
        var random = new Random(20261203);
        var classes = new HashSet<DiscrepancyClass>();
        for (int round = 0; round < 400; round++)
        {
            var claims = RandomGroup(random, random.Next(2, round % 2 == 0 ? 4 : 16));
            var actual = ClaimComparer.Default.Compare(claims);
            var expected = PairwiseOracle.Compare(claims);
            actual.Select(Describe).Should().Equal(expected.Select(Describe), $"round {round}");
            classes.UnionWith(actual.Select(d => d.Class));
        }
        // The random groups reach every rule of the classifier.
        classes.Should().Contain([DiscrepancyClass.UnitConfusion, DiscrepancyClass.ConflictInArticle, DiscrepancyClass.Contradiction,
            DiscrepancyClass.VagueVersusPrecise, DiscrepancyClass.EvolvingFigure]);
    }

    [Fact]
    public void Compare_ManyConflictingFigures_KeepsExtremesAndCountsEveryPair()
    {
        // 3,000 sources give figures from 1,000 to 3,999 (each one its own figure): every two that differ by more than
        // their rounding and the 2% tolerance conflict.
        var claims = Enumerable.Range(0, 3000).Select(i => (Claim)Count("displaced", People($"{1000 + i} people", 1000 + i),
            $"a{i:D4}", $"Source {i}", SourceKind.Outlet)).ToList();
        var d = ClaimComparer.Default.Compare(claims).Should().ContainSingle().Subject;

        d.Claims.Length.Should().Be(ClaimComparer.MaxClaimsShown);
        d.OtherClaims.Should().Be(3000 - ClaimComparer.MaxClaimsShown);
        d.Claims.Select(c => c.Value.AsWritten).Should().Contain(["1000 people", "3999 people"]);
        long pairs = PairwiseOracle.CountConflicts(claims);
        d.Explanation.Should().Contain($"({pairs - 1} more conflicting pairs among these claims.)")
            .And.Contain("24 of the 3,000 conflicting claims are listed");
    }

    [Fact]
    public void Compare_LargeGroupWithOneMileSlip_StillNamesUnitConfusion()
    {
        // 100 outlets agree on 40 km, one says 70 km, and one writes 25 km (40 km is 24.9 miles).
        var claims = Enumerable.Range(0, 100).Select(i => (Claim)Distance("Kharkiv", "Izium", Km("40 km", 40), $"a{i:D3}", $"Outlet {i}")).ToList();
        claims.Add(Distance("Kharkiv", "Izium", Km("70 km", 70), "b", "Blog"));
        claims.Add(Distance("Kharkiv", "Izium", Km("25 km", 25), "c", "Paper"));
        var d = ClaimComparer.Default.Compare(claims).Should().ContainSingle().Subject;
        d.Class.Should().Be(DiscrepancyClass.UnitConfusion);
        d.OtherClaims.Should().Be(102 - d.Claims.Length);
        d.Claims.Select(c => c.Value.AsWritten).Should().Contain(["25 km", "70 km"]);
    }

    [Theory]
    [InlineData(300, 1)]
    [InlineData(700, 2)]
    [InlineData(1500, 3)]
    public void Compare_LargeRandomGroup_CountsTheClaimsAndPairsEveryPairGives(int size, int seed)
    {
        // Large enough for the sorted sweep (more than 256 bounds) with vague, open and approximate figures mixed, and
        // articles that hold several claims.
        var claims = RandomGroup(new Random(seed), size);
        var d = ClaimComparer.Default.Compare(claims).Where(d => d.Class != DiscrepancyClass.InconsistentConversion).Should().ContainSingle().Subject;

        var (pairs, involved) = PairwiseOracle.CountConflictsAndClaims(claims);
        d.Explanation.Should().Contain($"({pairs - 1} more conflicting pairs among these claims.)")
            .And.Contain($"{d.Claims.Length} of the {involved:N0} conflicting claims are listed");
        // Six sources: the extremes, a conflict inside one article, a mile slip and one claim per source are fewer than the most shown.
        d.Claims.Length.Should().BeInRange(6, ClaimComparer.MaxClaimsShown);
        d.OtherClaims.Should().Be(involved - d.Claims.Length);
    }

    [Fact]
    public void Compare_LargeGroupWithOneArticleAtOddsWithItself_ShowsThatArticlesTwoClaims()
    {
        // 400 outlets give 1,000 to 1,399 displaced, one article each; article "self" says 1,100 and later 1,300, neither an extreme.
        var claims = Enumerable.Range(0, 400).Select(i => (Claim)Count("displaced", People($"{1000 + i} people", 1000 + i),
            $"a{i:D3}", $"Source {i}")).ToList();
        claims.Insert(150, Count("displaced", People("1100 people", 1100), "self", "Paper"));
        claims.Insert(300, Count("displaced", People("1300 people", 1300), "self", "Paper"));

        var d = ClaimComparer.Default.Compare(claims).Should().ContainSingle().Subject;

        d.Class.Should().Be(DiscrepancyClass.ConflictInArticle);
        d.Claims.Where(c => c.Evidence.ArticleId == "self").Select(c => c.Value.AsWritten).Should().BeEquivalentTo(["1100 people", "1300 people"]);
    }

    [Fact]
    public void Summarize_ThousandsOfClaimsSharingNoStrings_CountsEverySourceOnce()
    {
        // 3,600 claims built one by one (no string shared between two claims): 2,000 from ten ministries, each name
        // written 200 times (every tenth time in capitals), then 1,000 from ministries named once; and 600 figures no source
        // is named for, 200 sentences each printed three times with other spacing and punctuation. Independent: 1,010
        // named sources and 200 sentences.
        var claims = new List<Claim>();
        for (int i = 0; i < 3000; i++)
        {
            string name = i < 2000 ? (i % 100 < 10 ? $"MINISTRY {i % 10}" : $"Ministry {i % 10}") : $"Ministry {i}";
            claims.Add(Count("displaced", People($"{1000 + i % 7} people", 1000 + i % 7), $"a{i}", name, SourceKind.Government));
        }
        for (int i = 0; i < 600; i++)
        {
            int sentence = i % 200;
            var claim = Count("displaced", People("1000 people", 1000), $"b{i}");
            string quote = (i / 200) switch
            {
                0 => $"About 1000 people fled, report {sentence} said.",
                1 => $"About 1000 people fled -- report {sentence} said",
                _ => $"about 1000 people  fled, Report {sentence} said.",
            };
            claims.Add(claim with { Evidence = claim.Evidence with { Quote = quote } });
        }

        var summary = ClaimComparer.Default.Summarize(claims).Should().ContainSingle().Subject;

        summary.IndependentSources.Should().Be(1010 + 200);
    }

    [Fact]
    public void Summarize_ThousandsOfScopes_ListsTwentyAndCountsTheRest()
    {
        var claims = Enumerable.Range(0, 500).Select(i => (Claim)Count("killed", People("12 people", 12), $"a{i}", where: $"Town{i:D3}")).ToList();
        var summaries = ClaimComparer.Default.Summarize(claims);
        summaries.Should().HaveCount(500);
        summaries[0].RelatedScopes.Should().HaveCount(ClaimComparer.MaxRelatedScopes).And.NotContain(summaries[0].Key);
        summaries[0].OtherRelatedScopes.Should().Be(499 - ClaimComparer.MaxRelatedScopes);
    }

    private static string Describe(Discrepancy d) =>
        $"{d.Id} {d.Class} {d.Severity} {d.Explanation} [{string.Join(", ", d.Claims.Select(c => c.Value.AsWritten + "@" + c.Evidence.ArticleId))}]";

    private static List<Claim> RandomGroup(Random random, int size)
    {
        var claims = new List<Claim>();
        bool distance = random.Next(2) == 0;
        for (int i = 0; i < size; i++)
        {
            int s = random.Next(Sources.Length);
            string article = "a" + random.Next(size * 2);
            var published = random.Next(3) == 0 ? (DateOnly?)null : new DateOnly(2025, 3, 1 + random.Next(5));
            double v = Math.Round(random.Next(3) switch { 0 => 40 + random.Next(-3, 30), 1 => 25 + random.NextDouble() * 50, _ => 100 + random.NextDouble() * 100 }, random.Next(2));
            string w = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var q = (Qualifier)new[] { Qualifier.Exact, Qualifier.Exact, Qualifier.Approximately, Qualifier.MoreThan, Qualifier.Vague, Qualifier.Vague }[random.Next(6)];
            if (distance)
                claims.Add(Distance("Arles", "Nimes", q == Qualifier.Vague ? Km($"tens of km {w}", v, Qualifier.Vague, 10, 99) : Km($"{w} km", v, q), article, Sources[s], Kinds[s]));
            else
                claims.Add(Count("killed", q == Qualifier.Vague ? People($"dozens {w}", v, Qualifier.Vague, 24, 99) : People($"{w} people", v, q), article, Sources[s], Kinds[s], published: published));
        }
        return claims;
    }

    /// <summary>The comparison as first written: every pair of a group compared and classified.</summary>
    private static class PairwiseOracle
    {
        private static readonly DiscrepancyClass[] Salience =
        [
            DiscrepancyClass.UnitConfusion, DiscrepancyClass.ConflictInArticle, DiscrepancyClass.Contradiction,
            DiscrepancyClass.VagueVersusPrecise, DiscrepancyClass.EvolvingFigure,
        ];

        public static long CountConflicts(List<Claim> group) => Conflicts(group).Count;

        public static (long Pairs, int Claims) CountConflictsAndClaims(List<Claim> group)
        {
            var verdicts = Conflicts(group);
            return (verdicts.Count, verdicts.SelectMany(v => new[] { v.A, v.B }).Distinct().Count());
        }

        public static List<Discrepancy> Compare(List<Claim> claims)
        {
            var comparer = ClaimComparer.Default;
            var verdicts = Conflicts(claims);
            var found = new List<Discrepancy>();
            if (verdicts.Count > 0)
            {
                var main = verdicts.OrderBy(v => Array.IndexOf(Salience, v.Class)).ThenByDescending(v => v.Gap).First();
                var involved = verdicts.SelectMany(v => new[] { v.A, v.B }).Distinct()
                    .OrderBy(c => c.Evidence.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
                string explanation = PairClassifier.Explain(main);
                int others = verdicts.Count - 1;
                if (others > 0) explanation += $" ({others} more conflicting pair{(others == 1 ? "" : "s")} among these claims.)";
                found.Add(new Discrepancy(DiscrepancyId.For(claims[0].Key), claims[0].Key, main.Class, explanation, Severity(main, involved), involved));
            }
            // Conversion mismatches are per claim, not per pair: the comparer's own.
            found.AddRange(comparer.Compare(claims).Where(d => d.Class == DiscrepancyClass.InconsistentConversion));
            return found.OrderByDescending(d => d.Severity).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        }

        private static List<PairVerdict> Conflicts(List<Claim> group)
        {
            var verdicts = new List<PairVerdict>();
            for (int i = 0; i < group.Count; i++)
            for (int j = i + 1; j < group.Count; j++)
            {
                var (a, b) = (group[i], group[j]);
                if (Syndication.SameStatement(a, b)) continue;
                bool bothVague = a.Value.Qualifier == Qualifier.Vague && b.Value.Qualifier == Qualifier.Vague;
                var ia = ValueInterval.Of(a.Value, ComparisonOptions.Default, bothVague);
                var ib = ValueInterval.Of(b.Value, ComparisonOptions.Default, bothVague);
                if (ia.Overlaps(ib)) continue;
                verdicts.Add(PairClassifier.Classify(a, b, ia.RelativeGap(ib), ClaimVocabulary.Default));
            }
            return verdicts;
        }

        // Severity is not what the sweep changes: the comparer's own, over every claim involved.
        private static double Severity(PairVerdict main, ImmutableArray<Claim> involved) => ClaimComparer.Default.Severity(main, involved);
    }
}
