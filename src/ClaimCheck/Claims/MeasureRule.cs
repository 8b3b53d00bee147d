using System.Collections.Immutable;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Builds claims for every measured quantity that is neither a count nor a distance between places: magnitudes,
/// depths and heights, money, percentages, durations, speeds, temperatures, areas, volumes. The figure's unit gives
/// the dimension; a concept word of a concept that accepts that dimension, in the same clause, says what is measured
/// ("damage of $3bn", "winds of 240 km/h", "turnout was 67%"). A percentage with no such word that is a share of
/// something ("35% of the harvest") measures that share. A figure nothing names is left out rather than guessed.
/// </summary>
internal static class MeasureRule
{
    private const int ReachBefore = 8;
    private const int ReachAfter = 6;
    /// <summary>How close a concept word must be for a length to be that measure rather than a distance ("a depth of 10 km", "10 km deep").</summary>
    private const int TightReach = 2;
    private static readonly string[] ReferencePointWords = ["after", "later", "before", "ago", "earlier", "since", "into"];
    private static readonly string[] ShareDeterminers = ["the", "its", "their", "his", "her", "all", "a", "this", "that", "our"];

    /// <summary>The unit kind of a quantity this rule can take, or null.</summary>
    public static string? DimensionOf(Quantity q, ClaimVocabulary vocabulary)
    {
        if (q.Type == QuantityType.Number && IsFraction(q)) return "percent";
        return q.Type is QuantityType.Count or QuantityType.Number or QuantityType.Ordinal ? null : vocabulary.KindOf(q.Unit);
    }

    /// <summary>Whether a concept word names this length as a measure right beside it, before a distance reading is tried.</summary>
    public static bool NamedTightly(SentenceContext context, Quantity q, string unitKind) =>
        ScopeFinder.NearestConcept(context, q, c => Accepts(c, q, unitKind), TightReach, TightReach).Concept is not null;

    public static Claim? TryBuild(SentenceContext context, Quantity q, string unitKind)
    {
        if (unitKind == "duration" && FollowedByReferencePoint(context, q)) return null; // "ten days after the vote": an offset, not a duration
        var (concept, trigger) = ScopeFinder.NearestConcept(context, q, c => Accepts(c, q, unitKind), ReachBefore, ReachAfter);
        // "magnitude 5.8" with no event word: the unit names its concept.
        concept ??= q.Unit is { } unit ? context.Vocabulary.Concepts.Values.FirstOrDefault(c => !c.IsAlias && c.ImpliedBy.Contains(unit) && Accepts(c, q, unitKind)) : null;
        string? shareOf = null;
        if (concept is null && unitKind == "percent") shareOf = ShareOf(context, q);
        if (concept is null && shareOf is null) return null;

        var (value, dimension) = Normalise(q, unitKind, concept?.BaseUnit, context.Vocabulary);
        if (value is null) return null;
        var scope = ImmutableArray.CreateBuilder<ScopeEntry>();
        if (concept is not { EventScope: true } && ScopeFinder.PlaceOf(context, q, trigger) is { } place) scope.Add(new(ScopeRole.Place, place));
        if (concept is { Subject: true } && ScopeFinder.SubjectOf(context, q) is { } subject) scope.Add(new(ScopeRole.Subject, subject));
        var s = scope.ToImmutable();
        var kind = concept?.Kind ?? ClaimKind.Percentage;
        string name = concept?.Name ?? "share_of_" + shareOf!.Replace(' ', '_');
        var def = concept ?? new ConceptDef(name, kind, $"share of the {shareOf}", [], null, false, false, [], false, false);
        if (concept is { ByWord: true })
        {
            // "lasted about 2 minutes" with no event named: what lasted cannot be told, so there is no quantity to key.
            if (EventWord(context, q, concept, trigger) is not { } word) return null;
            name = $"{concept.Name}_{word.Replace(' ', '_')}";
            def = concept with { Name = name, Label = $"{concept.Label} {word}" };
        }
        return ClaimBuilder.Draft(kind, name, dimension, s, value, ClaimText.Describe(kind, def, null, s));
    }

    /// <summary>
    /// The event noun a by-word concept is about: the word that named it ("nine years of drought"), or, when a verb named
    /// it ("the siege lasted nine days"), the concept's own noun nearest in the clause.
    /// </summary>
    private static string? EventWord(SentenceContext context, Quantity q, ConceptDef concept, TextSpan? trigger)
    {
        if (trigger is not { } t) return null;
        if (!concept.IsAlias) return t.Slice(context.Text).ToLowerInvariant();
        // The event nouns are matched on their own, so "strike" is found inside "on strike for" and "walkout" inside "walkout by".
        var noun = context.EventNouns
            .Where(m => !context.ClauseBreakBetween(Math.Min(m.Span.End, q.Start), Math.Max(m.Span.Start, q.Start)))
            .OrderBy(m => Math.Abs(m.Span.Start - q.Start)).Select(m => (TextSpan?)m.Span).FirstOrDefault();
        return noun?.Slice(context.Text).ToLowerInvariant();
    }

    private static bool Accepts(ConceptDef c, Quantity q, string unitKind) =>
        c.Kind != ClaimKind.Count && c.Units.Contains(unitKind);

    private static bool IsFraction(Quantity q) =>
        q.Value is > 0 and < 1 && q.Text.Length > 0 && char.IsLetter(q.Text[0]) && q.Unit is null;

    private static bool FollowedByReferencePoint(SentenceContext context, Quantity q)
    {
        var next = context.Words.FirstOrDefault(w => w.Start >= q.End);
        return next.Length > 0 && Array.IndexOf(ReferencePointWords, next.Slice(context.Text).ToLowerInvariant()) >= 0;
    }

    /// <summary>"35% of the harvest", "a fifth of its territory": the noun after "of".</summary>
    private static string? ShareOf(SentenceContext context, Quantity q)
    {
        var words = context.Words.Where(w => w.Start >= q.End).Take(3).Select(w => w.Slice(context.Text)).ToList();
        if (words.Count < 2 || !words[0].Equals("of", StringComparison.OrdinalIgnoreCase)) return null;
        string noun = words[1];
        if (Array.IndexOf(ShareDeterminers, noun.ToLowerInvariant()) >= 0)
        {
            if (words.Count < 3) return null;
            noun = words[2];
        }
        if (noun.Length < 3 || !char.IsLower(noun[0]) || !noun.All(char.IsLetter)) return null;
        if (context.Vocabulary.Pronouns.FindAll(noun).Count > 0) return null; // "half of them": a share of what came before
        return noun.ToLowerInvariant();
    }

    /// <summary>The value in the concept's base unit (or the unit as written), and the dimension.</summary>
    private static (ClaimValue? Value, string Dimension) Normalise(Quantity q, string unitKind, string? baseUnit, ClaimVocabulary vocabulary)
    {
        if (q.Type == QuantityType.Number) // a fraction in words: "a fifth" is 20 %
            return (Value(q, 100, "percent", "percent"), "percent");
        string unit = q.Unit!;
        if (unitKind == "currency") return (Value(q, 1, unit, unit), "currency/" + unit);
        string target = baseUnit ?? unit;
        if (unitKind == "temperature")
        {
            target = baseUnit ?? "C";
            return (Convert(q, unit, target, vocabulary), unitKind);
        }
        if (vocabulary.Factor(unit, target) is not { } k) return (Value(q, 1, unit, unit), unitKind + "/" + unit);
        var v = Value(q, k, target, unit);
        if (q.Conversion is { Unit: { } cu } c && vocabulary.Factor(cu, target) is { } ck) v = v with { ConversionValue = c.Value * ck };
        return (v, unitKind);
    }

    private static ClaimValue Value(Quantity q, double k, string unit, string written) =>
        new(q.Text, q.Value * k, q.Low * k, q.High * k, unit, q.Qualifier, q.Conversion?.Text)
        {
            LowInclusive = q.LowInclusive,
            HighInclusive = q.HighInclusive,
            WrittenUnit = written,
        };

    private static ClaimValue? Convert(Quantity q, string unit, string target, ClaimVocabulary vocabulary)
    {
        if (!vocabulary.Units.TryGetValue(unit, out var u) || !vocabulary.Units.TryGetValue(target, out var t) || u.Factor is not { } fu || t.Factor is not { } ft)
            return null;
        double? To(double? x) => x is { } v ? (v * fu + u.Offset - t.Offset) / ft : null;
        return new ClaimValue(q.Text, To(q.Value), To(q.Low), To(q.High), target, q.Qualifier, q.Conversion?.Text)
        {
            LowInclusive = q.LowInclusive,
            HighInclusive = q.HighInclusive,
            WrittenUnit = unit,
        };
    }
}
