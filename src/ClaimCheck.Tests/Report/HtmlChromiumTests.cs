using System.Diagnostics;
using ClaimCheck.Tests.Articles;

namespace ClaimCheck.Tests.Report;

/// <summary>Renders the HTML report in real headless Chromium (.ci/install-chromium installs it).</summary>
public sealed class HtmlChromiumTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string? FindChromium() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    private async Task<string> RunChromium(string chromium, params string[] args)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--user-data-dir=" + _dir.Path_("profile") }.Concat(args))
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        process.ExitCode.Should().Be(0, await stderr);
        return await stdout;
    }

    [Fact]
    public async Task Render_HtmlReport_ShowsDiscrepanciesAndMakesAScreenshot()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            // Only a developer machine may lack it; CI installs it (.ci/install-chromium) and must run this test.
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI must install chromium with .ci/install-chromium");
            Assert.Fail("SKIPPED: chromium not found at /usr/bin/chromium; run .ci/install-chromium to test the HTML report in a browser.");
        }
        var page = _dir.Write("report.html", HtmlReportWriterTests.Write(ReportSamples.Report(ReportSamples.Distance)));
        var png = _dir.Path_("report.png");
        var url = new Uri(page).AbsoluteUri;

        var dom = await RunChromium(chromium, "--dump-dom", url);
        await RunChromium(chromium, "--screenshot=" + png, "--window-size=1200,2000", "--hide-scrollbars", url);

        dom.Should().Contain("id=\"d-5e1f0a27\"").And.Contain("<mark>60 km</mark>").And.Contain("<svg class=\"numberline\"");
        dom.Should().Contain("Officials: \"Tawila lies <mark>40 km</mark> west\" # of El Fasher - or so they say.");
        new FileInfo(png).Length.Should().BeGreaterThan(20_000, "a rendered report page is more than a blank image");
        var keep = Environment.GetEnvironmentVariable("CLAIMCHECK_KEEP_SCREENSHOT");
        if (!string.IsNullOrEmpty(keep)) File.Copy(png, keep, overwrite: true);
    }
}
