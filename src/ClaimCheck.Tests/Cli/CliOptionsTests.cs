using System.Globalization;
using ClaimCheck.Cli;
using ClaimCheck.Tests.Articles;

namespace ClaimCheck.Tests.Cli;

/// <summary>The command line as a new user meets it: version, completion, help, typos, formats, exclusions, big runs.</summary>
public sealed class CliOptionsTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Version_PrintsTheVersionAndExitsZero()
    {
        var (code, stdout, stderr) = Run("--version");

        code.Should().Be(0, stderr);
        stdout.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void SuggestDirective_CompletesOptionsOfTheCommand()
    {
        var (code, stdout, _) = Run("[suggest:12]", "check --prev");

        code.Should().Be(0);
        stdout.Split('\n').Should().Contain("--previous");
    }

    [Fact]
    public void SuggestDirective_CompletesCommandNames()
    {
        var (code, stdout, _) = Run("[suggest:2]", "ex");

        code.Should().Be(0);
        stdout.Split('\n').Should().Contain("extract");
    }

    [Fact]
    public void Help_UsageLineNamesClaimcheckNotTheAssembly()
    {
        var (_, stdout, _) = Run("check", "--help");

        stdout.Should().Contain("Usage:\n  claimcheck check <inputs>... [options]\n");
        stdout.Should().NotContain("ClaimCheck.Cli").And.NotContain("testhost");
    }

    [Fact]
    public void Help_UnderAGermanLocale_IsEnglishAndTheLocaleIsRestored()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var (_, stdout, _) = Run("check", "--help");

            stdout.Should().Contain("Usage:").And.Contain("Options:").And.Contain("Arguments:");
            stdout.Should().NotContain("Nutzung").And.NotContain("Optionen");
            CultureInfo.CurrentUICulture.Name.Should().Be("de-DE");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Help_DocumentsEveryExitCode()
    {
        Run("check", "--help").Out.Should().Contain("Exit codes: 0 ok, 1 discrepancies found (with --fail-on-discrepancy), 2 bad usage or unreadable input")
            .And.Contain("3 internal error");
    }

    [Fact]
    public void NoCommand_OneLineAndExit2()
    {
        var (code, _, stderr) = Run();

        code.Should().Be(2);
        stderr.Should().Be("claimcheck: give a command: check, extract or quantities. Run 'claimcheck --help' for usage.\n");
    }

    [Fact]
    public void MistypedCommand_SuggestsTheNearestOne()
    {
        var (code, _, stderr) = Run("chek", "news/");

        code.Should().Be(2);
        stderr.Should().Be("claimcheck: unknown command 'chek'. Did you mean 'check'?\nRun 'claimcheck --help' for usage.\n");
    }

    [Fact]
    public void FailOnDiscrepancy_Exit1WhenTheReportHasOne()
    {
        var a = _dir.Write("a.txt", "Militants were 10 km from Port Harcourt on Monday, the army said.");
        var b = _dir.Write("b.txt", "Militants were 45 km from Port Harcourt on Monday, residents said.");

        Run("check", a, b, "--quiet", "--fail-on-discrepancy").Code.Should().Be(1);
        Run("check", a, "--quiet", "--fail-on-discrepancy").Code.Should().Be(0);
    }

    [Fact]
    public void Extract_Csv_OneRowPerClaimQuotedForSpreadsheets()
    {
        var a = _dir.Write("floods.txt", "Floodwaters displaced 5,000 families in Sylhet on Monday, officials said.");

        var (code, stdout, stderr) = Run("extract", a, "--format", "csv");

        code.Should().Be(0, stderr);
        var rows = stdout.Split("\r\n");
        rows[0].Should().Be("article,kind,quantity,key,as_written,value,low,high,unit,qualifier,source,source_kind,refers_to,published,start,length,quote");
        rows[1].Should().Be("floods,count,number of families displaced in Sylhet,count:displaced:count/families:place=sylhet,\"5,000 families\",5000,5000,5000,families,exact,officials,official,on Monday,,22,14,\"Floodwaters displaced 5,000 families in Sylhet on Monday, officials said.\"");
        rows[2].Should().BeEmpty();
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Csv_Quote_FollowsRfc4180(string field, string expected) => ClaimsCsvWriter.Quote(field).Should().Be(expected);

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("officials", "officials")]
    public void Csv_Text_DefusesFormulas(string text, string expected) => ClaimsCsvWriter.Text(text).Should().Be(expected);

    [Fact]
    public void Extract_CsvToAFile_StartsWithAByteOrderMarkForExcel()
    {
        var a = _dir.Write("floods.txt", "Floodwaters displaced 5,000 families in Sylhet on Monday, officials said.");
        var csv = _dir.Path_("claims.csv");

        Run("extract", a, "--out", csv).Code.Should().Be(0);

        File.ReadAllBytes(csv).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        File.ReadAllText(csv).Should().Contain("\"5,000 families\"");
    }

    [Fact]
    public void Check_Exclude_LeavesOutMatchingFilesOfFoldersButNotNamedOnes()
    {
        _dir.Write("news/a.txt", "The storm cut power to 3,000 homes.");
        _dir.Write("news/drafts/b.txt", "The storm cut power to 4,000 homes.");
        _dir.Write("news/c.min.html", "<p>The storm cut power to 5,000 homes.</p>");
        var named = _dir.Write("news/drafts/named.txt", "The storm cut power to 6,000 homes.");

        var (code, stdout, _) = Run("check", _dir.Path_("news"), named, "-r", "--exclude", "drafts/**", "-x", "*.min.html", "--quiet");

        code.Should().Be(0);
        var ids = ClaimCheck.Report.ClaimCheckReportReader.Read(new StringReader(stdout)).Articles.Select(a => a.Id);
        ids.Should().Equal("a", "named");
    }

    [Theory]
    [InlineData("drafts/b.txt", "drafts/**", true)]
    [InlineData("drafts/deep/b.txt", "drafts/**", true)]
    [InlineData("a.txt", "drafts/**", false)]
    [InlineData("x/drafts/b.txt", "drafts", true)]
    [InlineData("x/y/index.html", "**/index.html", true)]
    [InlineData("index.html", "**/index.html", true)]
    [InlineData("x/page.min.html", "*.min.html", true)]
    [InlineData("x/page.html", "*.min.html", false)]
    public void Glob_IsExcluded_MatchesRelativePathsAndNames(string path, string pattern, bool excluded) =>
        ClaimCheck.Articles.Glob.IsExcluded(path, [pattern]).Should().Be(excluded);

    [Fact]
    public void Check_ManyDiscrepancies_TableShowsTheTopOnesThenPointsToTheReport()
    {
        var inputs = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            // Four towns, each with two contradicting distances: four discrepancies.
            var town = new[] { "Port Harcourt", "Warri", "Calabar", "Enugu" }[i];
            inputs.Add(_dir.Write($"a{i}.txt", $"Militants were 10 km from {town} on Monday, the army said."));
            inputs.Add(_dir.Write($"b{i}.txt", $"Militants were 45 km from {town} on Monday, residents said."));
        }

        var (_, _, stderr) = Run([.. new[] { "check" }, .. inputs, "--top", "2", "--out", _dir.Path_("r.yaml")]);

        stderr.Should().Contain("The 2 most severe of 4 discrepancies").And.Contain($"... and 2 more: see the report ({_dir.Path_("r.yaml")}).");
    }

    [Fact]
    public void RunProgress_NamesWhatTheRunIsDoing()
    {
        var activity = new CliActivity();
        var progress = new RunProgress(activity, null);

        progress.Stage("Reading", 2);
        progress.Step("news/a.txt");
        var reading = activity.Current;
        progress.Stage("Analysing", 1);
        progress.Step("news/a.txt");
        var analysing = activity.Current;
        progress.Stage("Comparing", 0, "comparing the claims of 1 article");

        reading.Should().Be("reading news/a.txt");
        analysing.Should().Be("analysing news/a.txt");
        activity.Current.Should().Be("comparing the claims of 1 article");
    }

    [Theory]
    [InlineData("--outt", "--out", 1)]
    [InlineData("--previus", "--previous", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("", "abc", 3)]
    public void Distance_IsLevenshtein(string a, string b, int expected) => UnknownOptions.Distance(a, b).Should().Be(expected);
}
