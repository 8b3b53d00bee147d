using System.Collections.Immutable;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>Who states a figure.</summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Chain"/> keeps reported speech in order, nearest named source first:
/// an outlet citing Reuters citing officials gives <c>["officials", "Reuters", "outlet"]</c>. A person speaking for
/// a body ("Jane Doe, a spokeswoman for the World Food Programme") gives the body as <see cref="Name"/> and keeps the
/// person first in the chain.
/// </remarks>
/// <param name="Name">The canonical name of the source ("World Food Programme"), or the noun phrase of an unnamed one ("officials").</param>
/// <param name="Kind">What kind of source it is.</param>
/// <param name="Chain">The whole chain of attribution, nearest first; holds <see cref="Name"/>.</param>
/// <param name="Cue">The words that attribute the figure ("according to", "put them as close as"), or null for the article's own voice.</param>
public sealed record Source(string Name, SourceKind Kind, ImmutableArray<string> Chain, string? Cue = null)
{
    /// <summary>The words a reader is shown for an unattributed figure when the article's outlet is not known.</summary>
    public const string NoSourceNamed = "the article (no source named)";

    private readonly string? _display;

    /// <summary>
    /// How a report names the source in a sentence: "the governor of Hatay", "officials", "Reuters", the outlet's
    /// name, or <see cref="NoSourceNamed"/>; never an article id. By default derived from <see cref="Name"/>.
    /// </summary>
    public string Display { get => _display ?? SourceWording.Of(Name); init => _display = value; }

    /// <summary>Whether both sources read the same in a sentence: <see cref="Display"/> compared without deriving it when neither sets it.</summary>
    internal bool DisplaysAs(Source other) =>
        _display == other._display ? _display is not null || Name == other.Name : Display == other.Display;

    /// <summary>
    /// The body or country the source belongs to, when the text names one and it is not the source itself:
    /// "Ukraine" for "Ukrainian officials", "Hatay" for "the governor of Hatay", "United Nations" for "the UN's World
    /// Food Programme"; null otherwise.
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>Creates a source with a one-link chain.</summary>
    /// <param name="name">Canonical name.</param>
    /// <param name="kind">Kind of source.</param>
    /// <param name="cue">The attributing words, if any.</param>
    public static Source Of(string name, SourceKind kind, string? cue = null) => new(name, kind, [name], cue);

    /// <inheritdoc/>
    public bool Equals(Source? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && Cue == other.Cue && Owner == other.Owner && Chain.SequenceEqual(other.Chain);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Cue);
}

/// <summary>The wording of a source's name inside a sentence ("according to the governor", not "according to governor").</summary>
internal static class SourceWording
{
    private static readonly string[] Collective = ["people", "police", "media", "staff", "personnel", "press"];

    public static string Of(string name)
    {
        if (name.Length == 0 || !char.IsLower(name[0])) return name;
        // "officials", "rights groups", "people familiar with the matter" read as they are; a singular unnamed
        // source takes the article: "the governor of Hatay", "the territory's health ministry".
        string head = Head(name);
        bool plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("'s", StringComparison.Ordinal)
                      || Collective.Contains(head);
        return plural ? name : "the " + name;
    }

    private static string Head(string name)
    {
        // The head of "governor of Hatay", "meteorologist at the Met Office" is the word before the preposition.
        var words = name.Split(' ');
        for (int i = 1; i < words.Length; i++)
            if (words[i] is "of" or "at" or "in" or "for" or "from" or "with" or "familiar" or "close") return words[i - 1];
        return words[^1];
    }
}
