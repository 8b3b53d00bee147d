using System.Text;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// <c>--previous</c> is the file people edit by hand: every hostile version of it is one clear line, exit 2, and
/// neither the previous file nor an existing --out is touched. The library's reader refuses the same files.
/// </summary>
public sealed class HostilePreviousTests : IDisposable
{
    private readonly HostileRun _run = new();

    public void Dispose() => _run.Dispose();

    private static readonly Dictionary<string, (Func<string, byte[]> Make, string Message)> Cases = new()
    {
        ["alias bomb (billion laughs)"] = (_ => Bytes(AliasBomb()), "aliases expand to more than 100,000 values"),
        ["flow nesting 100,000 deep"] = (_ => Bytes(new string('[', 100_000) + new string(']', 100_000)), "nested more than 64 levels deep"),
        ["block nesting 5,000 deep"] = (_ => Bytes(string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', i) + "a:\n"))), "nested more than 64 levels deep"),
        ["JSON nesting 100,000 deep"] = (_ => Bytes("{\"a\":" + new string('[', 100_000) + new string(']', 100_000) + "}"), "not valid JSON at line 1"),
        ["a mapping as a key"] = (_ => Bytes("? {a: 1}\n: x\nschema_version: \"1.0\"\n"), "a mapping key must be a plain value"),
        ["a list as a key"] = (_ => Bytes("? [a, b]\n: x\n"), "a mapping key must be a plain value"),
        ["a key twice"] = (_ => Bytes("schema_version: \"1.0\"\nschema_version: \"1.0\"\n"), "the key 'schema_version' appears twice"),
        ["an alias with no anchor"] = (_ => Bytes("schema_version: *v\n"), "line 1: alias *v has no anchor before it"),
        ["two YAML documents"] = (good => Bytes(Text(good) + "---\nschema_version: \"1.0\"\n"), "more than one YAML document"),
        ["severity NaN"] = (good => Bytes(Replace(good, "severity: ", "severity: NaN #")), "'severity' is not a finite number: 'NaN'"),
        ["severity .inf"] = (good => Bytes(Replace(good, "severity: ", "severity: .inf #")), "'severity' is not a finite number: '.inf'"),
        ["value 1e400"] = (good => Bytes(Replace(good, "value: 5000", "value: 1e400")), "'value' is not a finite number: '1e400'"),
        ["claim count beyond int"] = (good => Bytes(Replace(good, "claims: 1\n", "claims: 99999999999999999999\n")), "'claims' is not a whole number"),
        ["cut at the line break before disappeared"] = (good => Bytes(Text(good)[..Text(good).IndexOf("disappeared: []", StringComparison.Ordinal)]), "the file is cut off"),
        ["cut at the last line break"] = (good => Bytes(Text(good)[..(Text(good).TrimEnd('\n').LastIndexOf('\n') + 1)]), "the file is cut off"),
        ["cut and the header comment removed"] = (good => Bytes(StripComments(Text(good)[..Text(good).IndexOf("quantities:", StringComparison.Ordinal)])), "the summary counts 2 claims but the file holds 0"),
        ["summary count edited"] = (good => Bytes(Replace(good, "  discrepancies: 1\n", "  discrepancies: 3\n")), "the summary counts 3 discrepancies but the file holds 1"),
        ["no summary"] = (_ => Bytes("schema_version: \"2.0\"\narticles: []\n"), "no 'summary' section"),
        ["cut JSON"] = (good => Bytes(Json(good)[..(Json(good).Length / 2)]), "not valid JSON"),
        ["foreign YAML (a compose file)"] = (_ => Bytes("services:\n  web:\n    image: nginx\n"), "missing 'schema_version'"),
        ["foreign JSON (a list)"] = (_ => Bytes("[1, 2, 3]"), "the document should be a mapping with schema_version first"),
        ["a future schema"] = (_ => Bytes("schema_version: \"7.0\"\n"), "schema_version 7.0 is not supported"),
        ["an unknown status"] = (good => Bytes(Replace(good, "status: open", "status: maybe")), "'status' must be one of open, confirmed, dismissed"),
        ["invalid UTF-8"] = (good => [.. Encoding.UTF8.GetBytes("# ClaimCheck report.\n"), 0xFF, .. Encoding.UTF8.GetBytes(Text(good))], "not valid UTF-8 at byte 21"),
        ["binary garbage"] = (_ => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))], "not"),
        ["empty file"] = (_ => [], "empty"),
        ["a discrepancy pasted twice"] = (good => Bytes(PasteDiscrepancyTwice(good)), "the discrepancy id 'd-"),
        ["an escaped lone surrogate"] = (good => Bytes(Replace(good, "note: null", "note: \"checked \\uDC00\"")), "not valid YAML at line"),
        ["a negative span"] = (good => Bytes(Replace(good, "span: {start: 22, length: 14}", "span: {start: 22, length: -14}")), "a claim of article 'good' has a negative span"),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Check_HostilePrevious_OneClearLineExit2AndNoFileTouched(string name)
    {
        var good = GoodReport();
        var (make, message) = Cases[name];
        var bytes = make(good);
        var previous = _run.Dir.WriteBytes("previous.yaml", bytes);
        var outPath = _run.Dir.Write("out.yaml", "keep me");

        var result = _run.Run("check", _run.Good, "--previous", previous, "--out", outPath, "--quiet");

        result.Code.Should().Be(2, result.Err);
        result.Err.Should().StartWith($"claimcheck: {previous}: ").And.Contain(message);
        result.Err.TrimEnd('\n').Should().NotContain("\n", "one line");
        result.ErrorsAreClean();
        File.ReadAllBytes(previous).Should().Equal(bytes);
        File.ReadAllText(outPath).Should().Be("keep me");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Reader_HostileReport_TryReadSaysWhyWithoutThrowing(string name)
    {
        var (make, _) = Cases[name];

        bool ok = ClaimCheckReportReader.TryRead(new MemoryStream(make(GoodReport())), out var report, out var problem);

        ok.Should().BeFalse();
        report.Should().BeNull();
        problem.Should().NotBeNullOrWhiteSpace().And.NotContain("Exception").And.NotContain("\n");
    }

    [Fact]
    public void Check_PreviousLargerThanTheLimit_RefusedBeforeReading()
    {
        var previous = _run.Dir.Path_("huge.yaml");
        using (var stream = new FileStream(previous, FileMode.CreateNew)) stream.SetLength(ClaimCheckReportReader.MaxBytes + 1L);

        var result = _run.Run("check", _run.Good, "--previous", previous);

        result.Code.Should().Be(2);
        result.Err.Should().Be($"claimcheck: {previous}: not read: larger than a report can be (64 MB)\n");
    }

    [Fact]
    public void Reader_StreamLargerThanTheLimit_RefusedWhileReading()
    {
        var ok = ClaimCheckReportReader.TryRead(new HostileRun.EndlessStream(ClaimCheckReportReader.MaxBytes + 1L), out _, out var problem);

        ok.Should().BeFalse();
        problem.Should().Be("larger than a report can be (64 MB)");
    }

    [Fact]
    public void Check_PreviousIsAFolder_Exit2()
    {
        var result = _run.Run("check", _run.Good, "--previous", _run.Dir.Root);

        result.Code.Should().Be(2);
        result.Err.Should().Be($"claimcheck: {_run.Dir.Root}: is a directory, not a report\n");
    }

    [Fact]
    public void Check_GoodPreviousWithAliasesWithinTheBudget_IsRead()
    {
        // Aliases are legal YAML; a hand-edited report may use a few. Only their expanded size is limited.
        var version = $"schema_version: \"{ClaimCheckReport.CurrentSchemaVersion}\"";
        var text = GoodReport().Replace(version, version.Replace(": ", ": &v ", StringComparison.Ordinal), StringComparison.Ordinal);
        text.Should().Contain("&v", "the alias must really be in the file");

        var ok = ClaimCheckReportReader.TryRead(new StringReader(text), out var report, out var problem);

        ok.Should().BeTrue(problem);
        report!.Discrepancies.Should().ContainSingle();
    }

    [Fact]
    public void Reader_Schema1Report_IsRefusedWithWhatToDo()
    {
        // Schema 1.x claims had no concept, dimension or scope, and discrepancy ids hashed their claims: such a report
        // cannot carry reviews into a 2.x run. The message says what to do instead of failing on some missing field.
        var old = GoodReport().Replace("schema_version: \"2.0\"", "schema_version: \"1.1\"", StringComparison.Ordinal);

        ClaimCheckReportReader.TryRead(new StringReader(old), out _, out var problem).Should().BeFalse();
        problem.Should().Be("schema_version 1.1 is not supported (this version reads 2.x; a 1.x report was written by ClaimCheck before the general claim model: run once without --previous)");
    }

    [Fact]
    public void Check_WrittenReports_ReadBackInBothFormats()
    {
        ClaimCheckReportReader.Read(new StringReader(GoodReport())).Claims.Should().HaveCount(2);
        ClaimCheckReportReader.Read(new StringReader(Json(GoodReport()))).Claims.Should().HaveCount(2);
    }

    /// <summary>A real report: two articles, one count each, one contradiction (5,000 vs 9,000 families).</summary>
    private static string GoodReport()
    {
        using var run = new HostileRun();
        var other = run.Dir.Write("other.txt", "Floodwaters displaced 9,000 families in Sylhet on Monday, aid workers said.");
        var result = run.Run("check", run.Good, other, "--quiet");
        result.Out.Should().Contain("discrepancies: 1\n");
        return result.Out;
    }

    private static string Json(string yaml)
    {
        var report = ClaimCheckReportReader.Read(new StringReader(yaml));
        var writer = new StringWriter();
        JsonReportWriter.Default.Write(report, writer);
        return writer.ToString();
    }

    private static string Text(string good) => good;

    private static string Replace(string good, string from, string to)
    {
        good.Should().Contain(from, "the hostile edit must apply to a real report");
        return good.Replace(from, to, StringComparison.Ordinal);
    }

    private static string PasteDiscrepancyTwice(string good)
    {
        int start = good.IndexOf("discrepancies:\n- id:", StringComparison.Ordinal) + "discrepancies:\n".Length;
        int end = good.IndexOf("disappeared: []", StringComparison.Ordinal);
        var entry = good[start..end];
        return Replace(good, "  discrepancies: 1\n", "  discrepancies: 2\n").Replace(entry, entry + entry, StringComparison.Ordinal);
    }

    private static string StripComments(string text) => string.Join('\n', text.Split('\n').Where(l => !l.StartsWith('#')));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string AliasBomb()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        return yaml.ToString();
    }
}
