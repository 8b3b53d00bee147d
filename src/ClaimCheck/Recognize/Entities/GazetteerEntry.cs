using System.Collections.Immutable;

namespace ClaimCheck.Recognize.Entities;

/// <summary>One known place, organisation or person: its canonical name, its other names and what kind of source it is.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Name"/> is the comparison key every alias resolves to.</remarks>
/// <param name="Name">The canonical name ("Syrian Observatory for Human Rights").</param>
/// <param name="Kind">Place, organisation or person.</param>
/// <param name="Type">A free label from the data file ("city", "monitor", "un_agency"...).</param>
/// <param name="Aliases">Other names and abbreviations ("OCHA"). Spelling variants reached by rule need not be listed.</param>
/// <param name="SourceKind">What kind of source the entity is when it speaks.</param>
public sealed record GazetteerEntry(string Name, EntityKind Kind, string Type, ImmutableArray<string> Aliases, SourceKind SourceKind)
{
    /// <summary>The canonical name followed by every alias.</summary>
    public IEnumerable<string> Names => Aliases.IsDefault ? [Name] : Aliases.Prepend(Name);
}
