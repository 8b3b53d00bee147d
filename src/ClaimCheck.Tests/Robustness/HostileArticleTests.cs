using System.Text;
using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;
using ClaimCheck.Tests.Articles;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Hostile article files beside a good one: each gets a clear message or a correct reading, and the good one is still reported.</summary>
public sealed class HostileArticleTests : IDisposable
{
    private readonly HostileRun _run = new();

    public void Dispose() => _run.Dispose();

    /// <summary>Writes a hostile input and returns the path to give claimcheck.</summary>
    private delegate string Setup(TempFolder dir);

    // Failure: the message part expected for the hostile input; null when it must be read fine.
    private sealed record Case(Setup Setup, string? Failure);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["empty file"] = new(d => d.Write("empty.txt", ""), "empty file"),
        ["only white space"] = new(d => d.Write("blank.txt", " \n\t\n  "), "empty file (only white space)"),
        ["NUL byte"] = new(d => d.WriteBytes("nul.txt", [.. HostileRun.Utf8("Ten km"), 0, .. HostileRun.Utf8(" more")]), "binary content (NUL byte at byte 6)"),
        ["invalid UTF-8"] = new(d => d.WriteBytes("latin1.txt", [.. HostileRun.Utf8("Caf"), 0xE9, .. HostileRun.Utf8(" owners said 40 people left.")]), "not valid UTF-8 at byte 3"),
        ["UTF-8 cut inside a character"] = new(d => d.WriteBytes("cut.txt", [.. HostileRun.Utf8("Prices rose 5 "), 0xE2, 0x82]), "not valid UTF-8 at byte 14"),
        ["UTF-8 overlong encoding"] = new(d => d.WriteBytes("overlong.txt", [.. HostileRun.Utf8("A "), 0xC0, 0xAF]), "not valid UTF-8 at byte 2"),
        ["UTF-16 lone surrogate"] = new(d => d.WriteBytes("u16.txt", [0xFF, 0xFE, (byte)'A', 0, 0x00, 0xD8, (byte)'B', 0]), "not valid UTF-16"),
        ["unsupported extension"] = new(d => d.Write("report.pdf", "Ten km."), "unsupported file type '.pdf'"),
        ["missing file"] = new(d => d.Path_("absent.txt"), "no such file or folder"),
        ["glob matching nothing"] = new(d => d.Path_("nothing/*.txt"), "no article files match this pattern"),
        ["empty folder"] = new(d => { Directory.CreateDirectory(d.Path_("empty")); return d.Path_("empty"); }, "folder holds no .txt, .md, .html or .htm files"),
        ["front matter not YAML"] = new(d => d.Write("fm.md", "---\ntitle: [unclosed\n---\nThe storm cut power to 3,000 homes."), "front matter not valid YAML"),
        ["front matter with a list for a text"] = new(d => d.Write("fm-list.md", "---\noutlet: [a, b]\n---\nThe storm cut power to 3,000 homes."), "expected a text value, found a list or 'key: value' lines"),
        ["front matter with a bad date"] = new(d => d.Write("fm-date.md", "---\npublished: yesterday-ish\n---\nThe storm cut power to 3,000 homes."), "'published' is not a date"),
        ["sidecar not YAML"] = new(d => { d.Write("side.meta.yaml", "outlet: [x\n"); return d.Write("side.txt", "The storm cut power to 3,000 homes."); }, "metadata file side.meta.yaml"),
        ["HTML with only markup"] = new(d => d.Write("markup.html", "<html><head><script>var x = 5;</script></head><body><div></div></body></html>"), "no article text"),
        ["too large (sparse 65 MB file)"] = new(d => Sparse(d.Path_("huge.txt"), 65L * 1024 * 1024), "too large for an article (over 64 MB)"),
        ["one 2 MB word"] = new(d => d.Write("word.txt", new string('x', 2 * 1024 * 1024)), null),
        ["a 5,000-digit figure"] = new(d => d.Write("digits.txt", "Officials said " + new string('9', 5000) + " people fled."), null),
        ["100,000 sentences of one word"] = new(d => d.Write("many.txt", string.Concat(Enumerable.Repeat("Yes. ", 100_000))), null),
        ["lone carriage returns"] = new(d => d.Write("cr.txt", "The storm cut power\rto 3,000 homes.\r\rOfficials said so."), null),
        ["zero-width and direction marks"] = new(d => d.Write("marks.txt", "The\u200B storm\u200E cut power to 3,000\u2060 homes,\u202E officials said."), null),
        ["UTF-8 byte order mark"] = new(d => d.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. HostileRun.Utf8("The storm cut power to 3,000 homes.")]), null),
        ["UTF-16 with byte order mark"] = new(d => d.WriteBytes("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("The storm cut power to 3,000 homes.")]), null),
        ["HTML nested 20,000 deep"] = new(d => d.Write("deep.html", string.Concat(Enumerable.Repeat("<div>", 20_000)) + "Power was cut to 3,000 homes." + string.Concat(Enumerable.Repeat("</div>", 20_000))), null),
        ["file name with a line break and quotes"] = new(d => d.Write("odd \"name\"\nline.txt", "The storm cut power to 3,000 homes."), null),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Check_HostileArticleBesideAGoodOne_ClearResultAndTheGoodOneIsReported(string name)
    {
        var @case = Cases[name];
        var hostile = @case.Setup(_run.Dir);

        var result = _run.Run("check", _run.Good, hostile, "--quiet");

        result.Code.Should().Be(0, result.Err);
        result.GoodArticleReported();
        result.ErrorsAreClean();
        if (@case.Failure is { } message) result.Failed(hostile, message);
        else result.Report.Articles.Should().Contain(a => a.Path == hostile && a.Status == ArticleStatus.Ok, result.Err);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Library_HostileArticleBesideAGoodOne_SameResultThroughLoadAllAndCheck(string name)
    {
        var @case = Cases[name];
        var hostile = @case.Setup(_run.Dir);

        var loaded = ArticleInputs.LoadAll([_run.Good, hostile]);
        var report = ClaimCheckPipeline.Default.Check(loaded);

        report.Articles.Should().HaveCount(2);
        report.Claims.Should().Contain(c => c.Evidence.ArticleId == "good" && c.Value.AsWritten == "5,000 families");
        var entry = report.Articles[1];
        if (@case.Failure is { } message)
        {
            entry.Status.Should().Be(ArticleStatus.Failed);
            entry.Error.Should().Contain(message);
        }
        else entry.Status.Should().Be(ArticleStatus.Ok);
    }

    [Fact]
    public void Check_HostileAndGoodInOneFolder_EveryHostileFileIsListedAndTheGoodOneReported()
    {
        _run.Dir.Write("news/good.txt", HostileRun.GoodText);
        _run.Dir.Write("news/empty.txt", "");
        _run.Dir.WriteBytes("news/bad.txt", [0x41, 0xFF]);

        var result = _run.Run("check", _run.Dir.Path_("news"), "--quiet");

        result.Code.Should().Be(0);
        result.GoodArticleReported();
        result.Failed(_run.Dir.Path_("news/bad.txt"), "not valid UTF-8 at byte 1");
        result.Failed(_run.Dir.Path_("news/empty.txt"), "empty file");
    }

    private static string Sparse(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.CreateNew);
        stream.SetLength(length);
        return path;
    }
}
