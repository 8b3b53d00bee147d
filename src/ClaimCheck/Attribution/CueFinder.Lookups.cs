using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>Lookups into the sentence's words and mentions, each constant or logarithmic (see the indexes built in the constructor).</summary>
internal sealed partial class CueFinder
{
    private EntityMention? MentionIn(int from, int to)
    {
        for (int x = FirstMentionFrom(from); x < _mentions.Count && _mentions[x].Span.Start <= to; x++)
            if (_mentions[x].Span.End <= to) return _mentions[x];
        return null;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/> (mentions are in text order).</summary>
    private int FirstMentionFrom(int offset) => SourceResolver.FirstStartingAt(_mentions, offset);

    /// <summary>"told Reuters", "told Agence France-Presse": the news agency or outlet that carries the words.</summary>
    private SourceRef? Carrier(int i)
    {
        if (i >= _words.Count) return null;
        int until = _words[Math.Min(i + 1, _words.Count - 1)].End + 1;
        for (int x = FirstMentionFrom(_words[i].Start); x < _mentions.Count && _mentions[x].Span.Start < until; x++)
            if (_mentions[x].Role is SourceKind.NewsAgency or SourceKind.Outlet) return _resolver.FromMention(_mentions[x]);
        return null;
    }

    private EntityMention? MentionEndingAt(int k)
    {
        return IsLocationWord(_words[k]) ? null : _endingAt[k];
    }

    /// <summary>The first word ending after <paramref name="offset"/> (the word holding it), or the last word.</summary>
    private int WordAt(int offset)
    {
        int lo = 0, hi = _words.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_words[mid].End > offset) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private (int Start, int End)? QuoteBounds(int offset)
    {
        int r = Region(offset);
        return r < 0 ? null : (_quotes[r].Start, _quotes[r].End);
    }
}
