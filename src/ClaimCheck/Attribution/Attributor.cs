using System.Collections.Immutable;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;

namespace ClaimCheck.Attribution;

/// <summary>
/// ClaimCheck's attribution rules. The cue nearest to the figure inside its sentence wins ("HTS reports suggested 20 km,
/// and the Observatory put them as close as 10 km": 20 km is HTS's, 10 km the Observatory's); a figure inside a
/// quotation belongs to the quotation's speaker; pronouns and definite descriptions ("he said", "the monitor added")
/// refer back to a source named up to three sentences earlier; a figure with no cue belongs to the article's outlet.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The chain lists the nearest named source first, then whom it speaks for or through:
/// "the UN's World Food Program said" gives [World Food Programme, United Nations]; "Reuters, citing officials, said"
/// gives [officials, Reuters]; the article's outlet closes every chain when it is known.
/// </remarks>
public sealed class Attributor : IAttributor
{
    private readonly AttributionVocabulary _vocabulary = AttributionVocabulary.Default;

    /// <summary>The shared default instance.</summary>
    public static Attributor Default { get; } = new();

    /// <inheritdoc/>
    public Source Attribute(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence, int figureStart)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(sentence);
        var (quotes, cues) = CuesOf(document, entities, sentence);
        int region = SentenceWords.RegionOf(quotes, figureStart);
        var chosen = Choose(cues, region, figureStart, quotes);
        if (chosen is null && region >= 0)
            chosen = SpeakerOfOpenQuote(document, entities, sentence);
        if (chosen is null) return Unattributed(document);

        // The chain and the names are built in lists this thread reuses: only the source's own list of names is kept.
        var chain = _chain ??= [];
        chain.Clear();
        var (cue, foundIn) = chosen.Value;
        chain.AddRange(cue.Inner.AsSpan());
        if (!cue.Citing)
            foreach (var c in cues)
                if (c.Citing && c.Region == foundIn && c != cue) chain.Add(c.Source);
        chain.Add(cue.Source);
        if (cue.Citing)
            foreach (var c in cues)
                if (!c.Citing && c.Region == foundIn && c.Start < cue.Start) chain.Add(c.Source);
        chain.AddRange(cue.Outer.AsSpan());
        for (int r = foundIn; r >= 0; r = quotes[r].Parent)
            if (SpeakerBeside(cues, quotes[r]) is { } speaker) chain.Add(speaker.Source);
        foreach (var c in cues)
            if (c.Source.Kind is SourceKind.NewsAgency or SourceKind.Outlet && c != cue) chain.Add(c.Source);

        var names = _names ??= [];
        names.Clear();
        foreach (var s in chain)
        {
            if (s.Speaker is { } person && !names.Contains(person)) names.Add(person);
            if (!names.Contains(s.Name)) names.Add(s.Name);
            foreach (var a in s.Affiliations) if (!names.Contains(a)) names.Add(a);
        }
        if (document.Article.Metadata.Outlet is { } known && !names.Contains(known)) names.Add(known);
        var first = chain[0];
        return new Source(first.Name, first.Kind, [.. names], cue.Text) { Owner = first.Owner ?? (first.Affiliations.IsDefaultOrEmpty ? null : first.Affiliations[0]) };
    }

    // The speaker of a quotation: the cue nearest to it outside it, in the region around it (the first of equals).
    private static Cue? SpeakerBeside(List<Cue> cues, QuoteRegion q)
    {
        Cue? best = null;
        int bestDistance = 0;
        foreach (var c in cues)
        {
            if (c.Region != q.Parent || !(c.Start >= q.End || c.End <= q.Start)) continue;
            int distance = c.Start >= q.End ? c.Start - q.End : q.Start - c.End;
            if (best is null || distance < bestDistance) (best, bestDistance) = (c, distance);
        }
        return best;
    }

    // The cues of the sentence the last figure stood in, on this thread: a sentence with several figures is read once.
    [ThreadStatic] private static SentenceCues? _last;

    // The words of the sentence being read, on this thread: cues keep no reference to them, so one list serves all.
    [ThreadStatic] private static SentenceWordList? _words;

    // The chain of sources and the names of the figure being attributed on this thread (see Attribute).
    [ThreadStatic] private static List<SourceRef>? _chain;
    [ThreadStatic] private static List<string>? _names;

    private static readonly List<Cue> NoCues = [];

    private sealed record SentenceCues(SegmentedArticle Document, IReadOnlyList<EntityMention> Entities, Sentence Sentence,
        IReadOnlyList<QuoteRegion> Quotes, List<Cue> Cues);

    private (IReadOnlyList<QuoteRegion> Quotes, List<Cue> Cues) CuesOf(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence)
    {
        if (_last is { } last && ReferenceEquals(last.Document, document) && ReferenceEquals(last.Entities, entities)
            && ReferenceEquals(last.Sentence, sentence))
            return (last.Quotes, last.Cues);
        var (quotes, cues) = Read(document, entities, sentence);
        _last = new SentenceCues(document, entities, sentence, quotes, cues);
        return (quotes, cues);
    }

    // The article's own voice: its outlet when the metadata names one; the article id stays the key, never the wording.
    private static Source Unattributed(SegmentedArticle document) =>
        document.Article.Metadata.Outlet is { } outlet
            ? Source.Of(outlet, SourceKind.Outlet)
            : Source.Of(document.Article.Id, SourceKind.Outlet) with { Display = Source.NoSourceNamed };

    /// <summary>The quotations of a sentence and its cues; the cue list is shared and empty when the sentence holds no cue word.</summary>
    private (IReadOnlyList<QuoteRegion> Quotes, List<Cue> Cues) Read(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence)
    {
        string text = document.NormalizedText;
        var words = (_words ??= new SentenceWordList()).Read(text, sentence.Span.Start, sentence.Span.End);
        var quotes = SentenceWords.Quotes(text, sentence.Span.Start, sentence.Span.End);
        int first = CueFinder.FirstCueStart(words, _vocabulary);
        if (first < 0) return (quotes, NoCues);
        var mentions = new List<EntityMention>();
        for (int i = EntityOrder.FirstAtOrAfter(entities, sentence.Span.Start); i < entities.Count && entities[i].Span.Start < sentence.Span.End; i++)
            if (entities[i].Span.End <= sentence.Span.End) mentions.Add(entities[i]);
        var resolver = new SourceResolver(document, entities, _vocabulary);
        return (quotes, new CueFinder(text, words, quotes, mentions, resolver, _vocabulary).Find(first));
    }

    private static (Cue Cue, int Region)? Choose(List<Cue> cues, int region, int figure, IReadOnlyList<QuoteRegion> quotes)
    {
        for (int r = region; ; r = quotes[r].Parent)
        {
            // Outside the figure's own quotation, the speaker of the quotation is whoever is named beside it, on either side.
            bool own = r == region;
            Cue? best = null;
            foreach (var c in cues)
                if (c.Region == r && (!own || c.Governs(figure)) && (best is null || c.DistanceTo(figure) < best.DistanceTo(figure))) best = c;
            if (best is not null) return (best, r);
            if (r < 0) return null;
        }
    }

    // A quotation that runs over several sentences: its speaker is introduced before it opened ('The mayor said: "...').
    private (Cue, int)? SpeakerOfOpenQuote(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence)
    {
        for (int back = 1; back <= 2 && sentence.Index - back >= 0; back++)
        {
            var (_, cues) = Read(document, entities, document.Sentences[sentence.Index - back]);
            for (int i = cues.Count - 1; i >= 0; i--)
                if (cues[i].Region < 0 && cues[i].Direction != CueDirection.Backward) return (cues[i], -1);
        }
        return null;
    }
}
