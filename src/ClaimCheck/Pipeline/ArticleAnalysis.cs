using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Segment;

namespace ClaimCheck.Pipeline;

/// <summary>Everything the pipeline found in one article. All offsets are article offsets.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Document">The normalised, segmented article.</param>
/// <param name="Quantities">Every recognised quantity.</param>
/// <param name="Dates">Every recognised date.</param>
/// <param name="Entities">Every place, organisation and person mention.</param>
/// <param name="Claims">The typed claims built from them.</param>
public sealed record ArticleAnalysis(
    SegmentedArticle Document,
    ImmutableArray<Quantity> Quantities,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<EntityMention> Entities,
    ImmutableArray<Claim> Claims);
