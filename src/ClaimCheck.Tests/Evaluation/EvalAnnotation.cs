using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>
/// A story's hand annotation (<c>Data/eval/&lt;story&gt;/expected.yaml</c>), written before ClaimCheck was run on it:
/// the claims a careful fact-checker extracts, the disagreements that matter and the look-alikes that must not be flagged.
/// </summary>
public sealed class EvalAnnotation
{
    public string Story { get; set; } = "";
    public List<ExpectedClaim> Claims { get; set; } = [];
    public List<ExpectedDisagreement> Disagreements { get; set; } = [];
    public List<ExpectedPair> NotFlagged { get; set; } = [];

    /// <summary>Flagged pairs that were not annotated beforehand but were judged acceptable after the run (kept apart, honestly).</summary>
    public List<ExpectedPair> Acceptable { get; set; } = [];

    public static EvalAnnotation Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return deserializer.Deserialize<EvalAnnotation>(File.ReadAllText(path));
    }
}

/// <summary>A figure as written in one article: its first occurrence, or the n-th.</summary>
public class FigureRef
{
    public string Article { get; set; } = "";
    public string Figure { get; set; } = "";
    public int N { get; set; } = 1;

    public override string ToString() => $"{Article} '{Figure}'";
}

public sealed class ExpectedClaim : FigureRef
{
    public string Concept { get; set; } = "";
    public string Scope { get; set; } = "";
}

public class ExpectedPair
{
    public FigureRef A { get; set; } = new();
    public FigureRef B { get; set; } = new();
    public string Why { get; set; } = "";
}

public sealed class ExpectedDisagreement : ExpectedPair
{
    public string Id { get; set; } = "";
    public string Class { get; set; } = "";
    public string Note { get; set; } = "";
}
