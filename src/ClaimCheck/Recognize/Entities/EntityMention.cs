using ClaimCheck.Text;

namespace ClaimCheck.Recognize.Entities;

/// <summary>A named place, organisation or person in an article.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Canonical"/> is the same for every alias of one entity.</remarks>
/// <param name="Text">The name as written ("Erdoğan", "OCHA").</param>
/// <param name="Span">Where it stands in the article text.</param>
/// <param name="Kind">Place, organisation or person.</param>
/// <param name="Canonical">The canonical name all aliases resolve to ("Recep Tayyip Erdogan").</param>
/// <param name="Role">For organisations and people who speak: what kind of source they are.</param>
public sealed record EntityMention(string Text, TextSpan Span, EntityKind Kind, string Canonical, SourceKind Role = SourceKind.Unknown);

/// <summary>The kind of a named entity.</summary>
public enum EntityKind
{
    /// <summary>A city, province, country, landmark or road.</summary>
    Place,
    /// <summary>An agency, monitor, government body, armed group, news agency or outlet.</summary>
    Organisation,
    /// <summary>A person.</summary>
    Person,
}

/// <summary>What kind of source a speaker is; feeds credibility and independence in comparisons.</summary>
public enum SourceKind
{
    /// <summary>Not known.</summary>
    Unknown,
    /// <summary>The article's own outlet, for unattributed figures.</summary>
    Outlet,
    /// <summary>A war or rights monitor (an observatory, a casualty recorder).</summary>
    Monitor,
    /// <summary>A UN agency or another intergovernmental body.</summary>
    UnAgency,
    /// <summary>A government, ministry or state body.</summary>
    Government,
    /// <summary>An army, militia or armed group.</summary>
    ArmedGroup,
    /// <summary>A news agency (Reuters, AP, AFP...).</summary>
    NewsAgency,
    /// <summary>A named or unnamed official.</summary>
    Official,
    /// <summary>A witness or resident.</summary>
    Witness,
    /// <summary>A non-governmental organisation, analyst or researcher.</summary>
    Expert,
}
