using System.Globalization;
using ClaimCheck.Articles;
using ClaimCheck.Claims;
using ClaimCheck.Pipeline;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// Real news-style sentences in, exact claims out. Expected claims are written by hand as
/// "distance FROM->TO VALUE QUALIFIER" (VALUE in km; "party:" marks an armed party) or
/// "count EVENT COUNTED WHERE LOW..HIGH QUALIFIER" ("*" for no place, "inf" for open-ended).
/// </summary>
public class ClaimSentencesTests
{
    private static readonly ArticleMetadata Wire = new(Outlet: "Test Wire");

    public static TheoryData<string, string[]> Cases => new()
    {
        // Distances between two places.
        { "Kherson lies about 100 km east of Mykolaiv.", ["distance Kherson->Mykolaiv 100 approximately"] },
        { "The town of Sake is 25 kilometres west of Goma.", ["distance Sake->Goma 25 exact"] },
        { "Rafah is 13 km (8 miles) south of Khan Younis, according to the UN.", ["distance Rafah->Khan Younis 13 exact"] },
        { "Port Sudan, 800 km north-east of Khartoum, has become the seat of government.", ["distance Port Sudan->Khartoum 800 exact"] },
        { "Kharkiv is only 30 miles from the Russian border town of Belgorod.", ["distance Kharkiv->Belgorod 48.28 exact"] },
        // Distances from an armed party to a place.
        { "Rebels were as close as 5 km from Goma on Sunday, a UN official said.", ["distance party:rebels->Goma 5 within"] },
        { "Insurgents are just 30 km from the capital, Kabul, officials said.", ["distance party:rebels->Kabul 30 exact"] },
        { "Government troops pushed to within 10 miles of Wad Madani.", ["distance party:government forces->Wad Madani 0..16.09 within"] },
        { "The militants were 12 kilometers (7 miles) from Mosul, and later they were as near as 4 km.",
            ["distance party:rebels->Mosul 12 exact", "distance party:rebels->Mosul 4 within"] },
        // Counts.
        { "At least 300 people were killed in the earthquake in Herat, officials said.", ["count killed people Herat 300..inf at_least"] },
        { "The floods have displaced more than 1.2 million people across Pakistan, the UN said.", ["count displaced people Pakistan 1200000..inf more_than"] },
        { "Some 12,000 residents fled Bakhmut in the past week.", ["count fled people Bakhmut 12000..12000 approximately"] },
        { "The death toll rose to 1,500, the health ministry said.", ["count killed people * 1500..1500 exact"] },
        { "Police arrested 45 protesters in Nairobi on Tuesday.", ["count arrested people Nairobi 45..45 exact"] },
        { "About 2,000 families were displaced by the floods in Maiduguri.", ["count displaced families Maiduguri 2000..2000 approximately"] },
        { "Over 100 towns and villages have been captured by the rebels.", ["count captured towns * 100..inf more_than"] },
        { "The strike killed five civilians in Kramatorsk, the governor said.", ["count killed civilians Kramatorsk 5..5 exact"] },
        { "The monitor put the number of dead at 420.", ["count killed people * 420..420 exact"] },
        { "The storm left 35,000 people homeless in Mozambique.", ["count displaced people Mozambique 35000..35000 exact"] },
        // Two counts in one clause, each governed by the verb right before it ("on Friday" gives no date claim: no publication date to resolve it).
        { "A landslide struck western Nepal on Friday, killing 27 people and injuring 40 others.",
            ["count killed people Nepal 27..27 exact", "count injured people Nepal 40..40 exact"] },
        // A level verb carries a toll named far before the figure.
        { "The death toll from the floods in Libya has risen to 5,300.", ["count killed people Libya 5300..5300 exact"] },
        // An epicentre's distance from a city is not the quake's depth.
        { "The tremor struck at a depth of 16 km and was centred 17 km from Mandalay.", ["length depth * 16 km exact"] },
        // What lasted two minutes is not named: no quantity to key.
        { "It lasted about two minutes, witnesses said.", [] },
        { "The blackout lasted about two hours, the utility said.", ["duration duration_blackout * 0.08 day approximately"] },
        // Places the gazetteer does not know, as subject (through an apposition holding a figure) and as target.
        { "Quelimane, a city of around 350,000 people, lies about 380 km north-east of Beira.",
            ["count population people Quelimane 350000..350000 approximately", "distance Quelimane->Beira 380 approximately"] },
        // Another source's figure for the count of the sentence before.
        { "Police said 40,000 people marched in Lyon. The organisers counted 95,000.",
            ["count protested people Lyon 40000..40000 exact", "count protested people Lyon 95000..95000 exact"] },
        // Sentences that state no claim ClaimCheck builds.
        { "The hospital treated 40 patients on Monday.", [] },
        { "I'm sure the 2011 uprising changed everything.", [] },
        { "Article 19 of the constitution guarantees free speech.", [] },
        { "The meeting ended at 2.15pm in Geneva.", [] },
        { "COVID-19 cases fell sharply in Lagos.", [] },
        { "For details call 0800 123 456 before noon.", [] },
        { "The 1982 massacre in the city is still remembered.", [] },
        { "He was the third president to visit Kyiv.", [] },
        { "Prices rose 12 percent in Caracas last month.", [] },
        // A population is a count the place has.
        { "Goma has a population of about 2 million.", ["count population people Goma 2000000..2000000 approximately"] },
        { "A convoy of 30 trucks reached Mariupol at dawn.", [] },
        { "Traffic on the M5 highway resumed near the city.", [] },
        // A date of an event and a duration of talks (two years of 365.2425 days): DateOnly.DayNumber of 1 January 2019 is 737059, of 31 December 2019 737423.
        { "The ceasefire was agreed in 2019 after two years of talks.", ["duration duration_talks * 730.48 day exact", "date date_signed * 737059..737423 date range"] },
        { "The distance was not disclosed by the ministry.", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_NewsSentence_GivesExactClaims(string sentence, string[] expected)
    {
        var claims = ClaimCheckPipeline.Default.Analyze(new Article("t", sentence, Wire)).Claims;
        claims.Select(Describe).Should().Equal(expected);
        foreach (var c in claims)
            sentence.Substring(c.Evidence.Span.Start, c.Evidence.Span.Length).Should().Be(c.Value.AsWritten, "evidence spans point into the article text");
    }

    internal static string Describe(Claim c) => c.Kind switch
    {
        ClaimKind.Distance => $"distance {(c.In(ScopeRole.Party) is { } p ? "party:" + p : c.In(ScopeRole.From))}->{c.In(ScopeRole.To)} {Range(c.Value)} {Q(c.Value)}",
        ClaimKind.Count => $"count {c.Concept} {c.Dimension["count/".Length..]} {c.In(ScopeRole.Place) ?? "*"} {F(c.Value.Low)}..{F(c.Value.High)} {Q(c.Value)}",
        _ => $"{c.Kind.ToString().ToLowerInvariant()} {c.Concept} {Scope(c)} {Range(c.Value)} {c.Value.Unit} {Q(c.Value)}",
    };

    private static string Scope(Claim c) => c.Scope.IsDefaultOrEmpty ? "*" : string.Join(",", c.Scope.Select(s => $"{s.Role.ToString().ToLowerInvariant()}={s.Name}"));

    private static string Range(ClaimValue v) =>
        v.Low is { } lo && v.High is { } hi && Math.Abs(lo - hi) > 1e-9 ? $"{F(lo)}..{F(hi)}" : F(v.Value);

    private static string F(double? x) => x is null ? "inf" : Math.Round(x.Value, 2).ToString(CultureInfo.InvariantCulture);

    private static string Q(ClaimValue v) =>
        string.Concat(v.Qualifier.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
