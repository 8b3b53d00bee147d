using System.Collections.Immutable;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>A source as the text names it: canonical name, kind, where it stands, and the bodies it speaks for.</summary>
/// <param name="Name">Canonical name, or the noun phrase of an unnamed source ("military monitor").</param>
/// <param name="Kind">Kind of source.</param>
/// <param name="Position">Article offset of the name.</param>
/// <param name="Affiliations">Organisations the source belongs to, nearest first ("UN" for "the UN's World Food Program").</param>
internal sealed record SourceRef(string Name, SourceKind Kind, int Position, ImmutableArray<string> Affiliations)
{
    /// <summary>The named person who speaks for this body ("Jane Doe, a spokeswoman for the WFP"), or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>The country or place the source belongs to ("Ukraine" for "Ukrainian officials"), or null.</summary>
    public string? Owner { get; init; }

    public static SourceRef Of(string name, SourceKind kind, int position) => new(name, kind, position, []);
}

/// <summary>Which side of the cue the attributed words stand on.</summary>
internal enum CueDirection
{
    /// <summary>"X said [figure]": the figure follows the cue.</summary>
    Forward,
    /// <summary>"[figure], said X": the figure precedes the cue.</summary>
    Backward,
    /// <summary>"according to X" attributes either side.</summary>
    Both,
}

/// <summary>Words that attribute what stands beside them to a source.</summary>
/// <param name="Start">Article offset of the cue words.</param>
/// <param name="End">Offset one past them.</param>
/// <param name="Text">The cue as written ("according to", "said", "put").</param>
/// <param name="Source">Who speaks.</param>
/// <param name="Direction">Which side it attributes.</param>
/// <param name="Region">The quotation the cue stands in, or -1.</param>
/// <param name="Citing">"citing X", "quoting X": X is the origin of what another source reports.</param>
/// <param name="Inner">Sources this speaker cites ("Reuters, citing officials, said"), origin first.</param>
/// <param name="Outer">Carriers of what this speaker says ("X told Reuters").</param>
/// <param name="ScopeEnd">Where a cue inside a relative clause stops attributing ("which officials said was...,").</param>
internal sealed record Cue(int Start, int End, string Text, SourceRef Source, CueDirection Direction, int Region, bool Citing,
    ImmutableArray<SourceRef> Inner, ImmutableArray<SourceRef> Outer, int ScopeEnd = int.MaxValue)
{
    public bool Governs(int figure) => Direction switch
    {
        CueDirection.Forward => End <= figure && figure < ScopeEnd,
        CueDirection.Backward => Start >= figure,
        _ => true,
    };

    public int DistanceTo(int figure) => End <= figure ? figure - End : Math.Max(0, Start - figure);
}
