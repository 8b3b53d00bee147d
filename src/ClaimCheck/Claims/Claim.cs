using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Recognize.Dates;

namespace ClaimCheck.Claims;

/// <summary>
/// A typed statement of a quantity: what is measured (<see cref="Concept"/>), about what (<see cref="Scope"/>), in which
/// dimension, its value, who states it and where it stands in the text.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Two claims are comparable only when their <see cref="Key"/>s are equal: the key is built
/// from the concept, the dimension and the scope (canonical entity names in their roles), never from the words of the
/// sentence, so "12,000 people fled Bakhmut" and "Bakhmut residents who fled numbered 9,000" meet.
/// The kinds and concepts ClaimCheck knows are data (Data/claims.yaml); docs/claims.md lists them.
/// </remarks>
public sealed record Claim
{
    private readonly ClaimKind _kind;
    private readonly ImmutableArray<ScopeEntry> _scope = [];
    // The scope part of the key, built on first use: grouping, summaries and the report all ask for the key. Setting
    // the kind or the scope (also through "with", which copies this field first) clears it.
    private string? _scopeKey;

    /// <summary>What kind of quantity is claimed.</summary>
    public required ClaimKind Kind { get => _kind; init { _kind = value; _scopeKey = null; } }

    /// <summary>The measured concept, normalised ("killed", "displaced", "distance", "magnitude", "damage", "turnout").</summary>
    public required string Concept { get; init; }

    /// <summary>
    /// The dimension the value is in: a unit kind ("length", "speed", "percent", "date"), a counted noun for counts
    /// ("count/people", "count/homes") or a currency ("currency/USD"). Values of one dimension convert to one base unit.
    /// </summary>
    public required string Dimension { get; init; }

    /// <summary>What the quantity is about: places, parties and subsets in their roles, canonical names. Empty for the story's event as a whole.</summary>
    public ImmutableArray<ScopeEntry> Scope { get => _scope; init { _scope = value; _scopeKey = null; } }

    /// <summary>The figure as written and as normalised to the dimension's base unit.</summary>
    public required ClaimValue Value { get; init; }

    /// <summary>Who states it.</summary>
    public required Source Source { get; init; }

    /// <summary>Where it stands in which article.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>The date the claim refers to, when the sentence names one ("on Saturday").</summary>
    public DateMention? RefersTo { get; init; }

    /// <summary>The article's publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>A short human description of the quantity ("number of people killed in Herat"), from the concept's label and the scope.</summary>
    public required string Description { get; init; }

    /// <summary>The identity of the quantity: claims with equal keys are about the same thing.</summary>
    public ClaimKey Key => new(Kind, Concept, Dimension, _scopeKey ??= SharedStrings.Of(ClaimKey.ScopeText(Kind, Scope)));

    /// <summary>
    /// A copy with its parts replaced by equal ones (a run keeps one instance of each) and the scope part of its key
    /// already made: the parts are equal, so the copy reads, compares and keys exactly as this claim.
    /// </summary>
    internal Claim WithSharedParts(Source source, ClaimValue value, DateMention? refersTo, ImmutableArray<ScopeEntry> scope, string scopeKey, Evidence evidence)
    {
        var copy = this with { Source = source, Value = value, RefersTo = refersTo, Scope = scope, Evidence = evidence };
        copy._scopeKey = scopeKey;
        return copy;
    }

    /// <summary>The canonical name in <paramref name="role"/>, or null when the scope has none.</summary>
    /// <param name="role">The role to look up.</param>
    public string? In(ScopeRole role)
    {
        foreach (var s in Scope.IsDefault ? [] : Scope)
            if (s.Role == role) return s.Name;
        return null;
    }

    /// <summary>The description: <see cref="Description"/>.</summary>
    public string Describe() => Description;

    /// <summary>Value equality, with the scope compared entry by entry.</summary>
    /// <param name="other">The other claim.</param>
    public bool Equals(Claim? other) =>
        other is not null && Kind == other.Kind && Concept == other.Concept && Dimension == other.Dimension
        && (Scope.IsDefault ? [] : Scope).SequenceEqual(other.Scope.IsDefault ? [] : other.Scope)
        && Equals(Value, other.Value) && Equals(Source, other.Source) && Equals(Evidence, other.Evidence)
        && Equals(RefersTo, other.RefersTo) && Published == other.Published && Description == other.Description;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Concept, Dimension, Value, Source, Evidence);
}

/// <summary>The kinds of claim ClaimCheck builds.</summary>
public enum ClaimKind
{
    /// <summary>A distance between two places, or from a party or front line to a place.</summary>
    Distance,
    /// <summary>A count of people or things (killed, displaced, homes destroyed, votes cast...).</summary>
    Count,
    /// <summary>A depth, height or length that is not a distance between places (quake depth, wave height, rainfall).</summary>
    Length,
    /// <summary>An earthquake's magnitude or another scale reading.</summary>
    Magnitude,
    /// <summary>An amount of money (damage, aid pledged, cost).</summary>
    Money,
    /// <summary>A percentage or share (turnout, a fifth of the harvest).</summary>
    Percentage,
    /// <summary>A length of time (nine years of drought).</summary>
    Duration,
    /// <summary>The date of an event (the offensive began on 3 March).</summary>
    Date,
    /// <summary>A rank (third-largest city).</summary>
    Rank,
    /// <summary>Another physical measure (wind speed, temperature, area burned, water volume).</summary>
    Measure,
}

/// <summary>The role an entity plays in a claim's scope.</summary>
public enum ScopeRole
{
    /// <summary>The place the quantity is about ("killed in Herat").</summary>
    Place,
    /// <summary>The armed party a distance or count is about ("rebels 10 km from X").</summary>
    Party,
    /// <summary>The starting point of a distance (a place, or a party when <see cref="Party"/> is absent).</summary>
    From,
    /// <summary>The end point of a distance.</summary>
    To,
    /// <summary>The thing ranked or measured ("Kisumu" in "Kisumu is Kenya's third-largest city").</summary>
    Subject,
    /// <summary>A subset of a larger count ("including 40 children"): a part, never a rival, of the total.</summary>
    Subset,
    /// <summary>The year or month a rate or level refers to ("inflation reached 12 percent in 2022"): another period is another quantity.</summary>
    Period,
}

/// <summary>One entity in a claim's scope.</summary>
/// <param name="Role">Its role.</param>
/// <param name="Name">Its canonical name.</param>
public readonly record struct ScopeEntry(ScopeRole Role, string Name);

/// <summary>The identity of a claimed quantity: kind, concept, dimension and scope.</summary>
/// <remarks>Immutable. Built from canonical names, lower-cased, so aliases compare equal; a distance between two places is symmetric.</remarks>
/// <param name="Kind">The claim kind.</param>
/// <param name="Concept">The measured concept.</param>
/// <param name="Dimension">The dimension.</param>
/// <param name="Scope">The scope in canonical order ("from=homs|to=hama" sorted, "place=herat", "*" for none).</param>
public readonly record struct ClaimKey(ClaimKind Kind, string Concept, string Dimension, string Scope)
{
    /// <summary>The key of a claim.</summary>
    /// <param name="kind">Kind.</param>
    /// <param name="concept">Concept.</param>
    /// <param name="dimension">Dimension.</param>
    /// <param name="scope">Scope entries.</param>
    public static ClaimKey Of(ClaimKind kind, string concept, string dimension, ImmutableArray<ScopeEntry> scope) =>
        new(kind, concept, dimension, ScopeText(kind, scope));

    /// <summary>The same quantity with no scope: the concept across places ("number of people killed", anywhere).</summary>
    public ClaimKey WithoutScope() => this with { Scope = "*" };

    internal static string ScopeText(ClaimKind kind, ImmutableArray<ScopeEntry> scope)
    {
        if (scope.IsDefaultOrEmpty) return "*";
        var parts = scope.Select(s => (s.Role, Name: Norm(s.Name))).ToList();
        // Between two places a distance reads the same both ways.
        if (kind == ClaimKind.Distance && parts.All(p => p.Role is ScopeRole.From or ScopeRole.To) && parts.Count == 2)
        {
            var names = parts.Select(p => p.Name).Order(StringComparer.Ordinal);
            return "between=" + string.Join("|", names);
        }
        return string.Join(";", parts.OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Role.ToString().ToLowerInvariant()}={p.Name}"));
    }

    internal static string Norm(string name) => name.Trim().ToLowerInvariant();

    /// <summary>Reads a key written by <see cref="ToString"/>.</summary>
    /// <param name="text">"kind:concept:dimension:scope".</param>
    /// <exception cref="FormatException">When the text has fewer than four parts or an unknown kind.</exception>
    public static ClaimKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':', 4);
        if (parts.Length != 4 || !Enum.TryParse<ClaimKind>(parts[0].Replace("_", ""), ignoreCase: true, out var kind))
            throw new FormatException($"quantity key '{text}' should look like 'kind:concept:dimension:scope'");
        return new ClaimKey(kind, parts[1], parts[2], parts[3]);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Concept}:{Dimension}:{Scope}";
}
