using System.Collections.Immutable;
using System.Diagnostics;
using ClaimCheck.Articles;
using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Normalize;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Segment;

namespace ClaimCheck.Benchmarks;

/// <summary>"--stages FILE": the time each stage of Analyze takes on one article, to find what grows with its size.</summary>
internal static class StageTimes
{
    private sealed class NoSource : IAttributor
    {
        public Source Attribute(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence, int figureStart) => Source.Of("x", SourceKind.Outlet);
    }

    public static void Run(string path)
    {
        var article = new Article(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
        var watch = Stopwatch.StartNew();
        void Lap(string stage) { Console.WriteLine($"{stage,-12} {watch.Elapsed.TotalMilliseconds,10:N1} ms"); watch.Restart(); }
        var normalized = TextNormalizer.Normalize(article.Text);
        Lap("normalize");
        var document = SentenceSegmenter.Segment(article, normalized);
        Lap("segment");
        var quantities = ImmutableArray.CreateBuilder<Quantity>();
        foreach (var s in document.Sentences)
            foreach (var q in QuantityRecognizer.Default.Recognize(s.Text)) quantities.Add(q with { Start = q.Start + s.Span.Start });
        Lap("quantities");
        var dates = ImmutableArray.CreateBuilder<DateMention>();
        foreach (var s in document.Sentences)
            foreach (var d in DateRecognizer.Default.Recognize(s.Text, null)) dates.Add(d with { Start = d.Start + s.Span.Start });
        Lap("dates");
        var entities = EntityRecognizer.Default.Recognize(document).ToImmutableArray();
        Lap("entities");
        var claims = ClaimBuilder.Build(document, quantities.ToImmutable(), dates.ToImmutable(), entities, Attributor.Default);
        Lap("claims");
        ClaimBuilder.Build(document, quantities.ToImmutable(), dates.ToImmutable(), entities, new NoSource());
        Lap("rules only");
        Console.WriteLine($"{document.Sentences.Length} sentences, {quantities.Count} quantities, {entities.Length} entities, {claims.Length} claims");
    }
}

/// <summary>"--phases FOLDER": load, analyse (one thread), compare, summarise and write, timed apart, on a folder of articles.</summary>
internal static class PhaseTimes
{
    public static void Run(string folder)
    {
        var watch = Stopwatch.StartNew();
        void Lap(string phase) { Console.WriteLine($"{phase,-12} {watch.Elapsed.TotalMilliseconds,10:N1} ms"); watch.Restart(); }
        var loaded = ArticleInputs.LoadAll([folder]).Where(r => r.Succeeded).Select(r => r.Article!).ToList();
        Lap("load");
        var claims = loaded.SelectMany(a => ClaimCheck.Pipeline.ClaimCheckPipeline.Default.Analyze(a).Claims).ToList();
        Lap("analyse");
        var d = ClaimCheck.Compare.ClaimComparer.Default.Compare(claims);
        Lap("compare");
        var s = ClaimCheck.Compare.ClaimComparer.Default.Summarize(claims);
        Lap("summarise");
        var report = new ClaimCheck.Report.ClaimCheckReport("1.0", [], [.. claims], [.. d]) { Quantities = [.. s] };
        Console.WriteLine($"tree nodes {Count(ClaimCheck.Report.ReportTree.From(report))}");
        Lap("build tree");
        ClaimCheck.Report.YamlReportWriter.Default.Write(report, TextWriter.Null);
        Lap("write yaml");
        ClaimCheck.Report.JsonReportWriter.Default.Write(report, TextWriter.Null);
        Lap("write json");
        Console.WriteLine($"{loaded.Count} articles, {claims.Count} claims, {d.Count} discrepancies");
    }

    private static int Count(ClaimCheck.Report.ReportNode node) => node switch
    {
        ClaimCheck.Report.ReportMap m => 1 + m.Entries.Sum(e => Count(e.Value)),
        ClaimCheck.Report.ReportList l => 1 + l.Items.Sum(Count),
        _ => 1,
    };
}
