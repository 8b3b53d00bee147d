using System.Collections.Immutable;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>Who states a figure.</summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Chain"/> keeps reported speech in order, nearest named source first:
/// an outlet citing Reuters citing officials gives <c>["officials", "Reuters", "outlet"]</c>.
/// </remarks>
/// <param name="Name">The canonical name of the nearest named source ("Syrian Observatory for Human Rights").</param>
/// <param name="Kind">What kind of source it is.</param>
/// <param name="Chain">The whole chain of attribution, nearest first; at least <see cref="Name"/>.</param>
/// <param name="Cue">The words that attribute the figure ("according to", "put them as close as"), or null for the article's own voice.</param>
public sealed record Source(string Name, SourceKind Kind, ImmutableArray<string> Chain, string? Cue = null)
{
    /// <summary>Creates a source with a one-link chain.</summary>
    /// <param name="name">Canonical name.</param>
    /// <param name="kind">Kind of source.</param>
    /// <param name="cue">The attributing words, if any.</param>
    public static Source Of(string name, SourceKind kind, string? cue = null) => new(name, kind, [name], cue);

    /// <inheritdoc/>
    public bool Equals(Source? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Cue == other.Cue && Chain.SequenceEqual(other.Chain);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Cue);
}
