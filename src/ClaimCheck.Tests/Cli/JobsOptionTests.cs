using ClaimCheck.Cli;
using ClaimCheck.Tests.Articles;

namespace ClaimCheck.Tests.Cli;

/// <summary><c>check --jobs N</c>: how many articles are analysed at once; the report is the same for any N.</summary>
public sealed class JobsOptionTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Check_OneJobOrThree_SameReportAndFailuresInPlace()
    {
        for (int i = 0; i < 12; i++)
            _dir.Write($"news/{i:D2}.txt", $"Militants were {10 + i * 5} km from Port Harcourt on Monday, the army said. Police arrested {40 + i} protesters in Lagos.");
        _dir.Write("news/05.html", "<html><body><p>");
        var folder = _dir.Path_("news");

        var one = Run("check", folder, "--quiet", "--jobs", "1");
        var three = Run("check", folder, "--quiet", "--jobs", "3");

        one.Code.Should().Be(0);
        one.Out.Should().Contain("claims: 24\n").And.Contain("failed: 1\n");
        // The page with no text is listed where it was given, between 04.txt and 05.txt.
        one.Out.IndexOf("05.html\n  status: failed", StringComparison.Ordinal).Should()
            .BeGreaterThan(one.Out.IndexOf("04.txt\n", StringComparison.Ordinal)).And.BeLessThan(one.Out.IndexOf("05.txt\n", StringComparison.Ordinal));
        three.Out.Should().Be(one.Out);
    }

    [Fact]
    public void Check_JobsZero_IsBadUsage()
    {
        var a = _dir.Write("a.txt", "Text.");

        var (code, _, err) = Run("check", a, "--jobs", "0");

        code.Should().Be(2);
        err.Should().Contain("--jobs must be at least 1.");
    }
}
