using System.Collections.Immutable;
using ClaimCheck.Attribute;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Segment;

namespace ClaimCheck.Claims;

/// <summary>Turns recognised quantities, dates and entities into typed claims.</summary>
internal static class ClaimBuilder
{
    public static ImmutableArray<Claim> Build(SegmentedArticle document, ImmutableArray<Quantity> quantities, ImmutableArray<DateMention> dates,
        ImmutableArray<EntityMention> entities, IAttributor attributor) => [];
}
