using System.Diagnostics;
using System.Text.RegularExpressions;
using ClaimCheck.Tests.Articles;

namespace ClaimCheck.Tests.Report;

/// <summary>
/// Renders the HTML report in real headless Chromium: content, and layout at a phone's width (390 px) and a laptop's
/// (1280 px). Without chromium the tests are skipped, except on CI (CI=true), which installs it (.ci/install-chromium).
/// Set CLAIMCHECK_SCREENSHOTS to a folder to keep the screenshots.
/// </summary>
public sealed partial class HtmlChromiumTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string? FindChromium() =>
        new[] { Environment.GetEnvironmentVariable("CLAIMCHECK_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    private static string RequireChromium()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI must install chromium with .ci/install-chromium");
            Skip.If(true, "chromium not found; run .ci/install-chromium to test the HTML report in a browser");
        }
        return chromium!;
    }

    private async Task<string> RunChromium(string chromium, params string[] args)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + _dir.Path_("profile-" + Guid.NewGuid().ToString("N")) }.Concat(args))
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        process.ExitCode.Should().Be(0, await stderr);
        return await stdout;
    }

    [SkippableFact]
    public async Task Render_HtmlReport_ShowsDiscrepanciesAndMakesAScreenshot()
    {
        var chromium = RequireChromium();
        var page = _dir.Write("report.html", HtmlReportWriterTests.Write(ReportSamples.Report(ReportSamples.Distance)));
        var png = _dir.Path_("report.png");
        var url = new Uri(page).AbsoluteUri;

        var dom = await RunChromium(chromium, "--dump-dom", url);
        await RunChromium(chromium, "--screenshot=" + png, "--window-size=1200,2000", url);

        dom.Should().Contain("id=\"d-5e1f0a27\"").And.Contain("<mark>60 km</mark>").And.Contain("<svg class=\"numberline\"");
        dom.Should().Contain("Officials: \"Tawila lies <mark>40 km</mark> west\" # of El Fasher - or so they say.");
        new FileInfo(png).Length.Should().BeGreaterThan(20_000, "a rendered report page is more than a blank image");
        Keep(png, "report-1200.png");
    }

    /// <summary>
    /// Measures the rendered report with a script that only the test adds (the report itself has none): the page must
    /// not be wider than its window, and every chart label must lie inside its chart without overlapping its neighbour.
    /// The report is shown in an iframe exactly <paramref name="width"/> pixels wide, because headless Chromium will not
    /// make a window narrower than 500 px.
    /// </summary>
    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Render_ReportWithSyndicatedCopies_FitsTheWidthAndNoLabelIsClipped(int width)
    {
        var chromium = RequireChromium();
        var report = HtmlReportWriterTests.Write(ReportLayoutSamples.Report());
        var frame = $"<!DOCTYPE html><html><body style=\"margin:0\"><iframe id=\"report\" style=\"width:{width}px;height:3000px;border:0;display:block\" " +
            $"srcdoc=\"{System.Net.WebUtility.HtmlEncode(report)}\"></iframe>";
        var probed = new Uri(_dir.Write("probed.html", frame + LayoutProbe + "</body></html>")).AbsoluteUri;
        var shown = new Uri(_dir.Write("shown.html", frame + "</body></html>")).AbsoluteUri;
        var png = _dir.Path_($"layout-{width}.png");

        var dom = await RunChromium(chromium, "--dump-dom", $"--window-size={Math.Max(width, 800)},1000", probed);
        await RunChromium(chromium, "--screenshot=" + png, $"--window-size={width},3000", shown);

        var probe = ProbeResult().Match(dom);
        probe.Success.Should().BeTrue("the probe script writes its result into the page");
        probe.Groups["width"].Value.Should().Be(width.ToString(System.Globalization.CultureInfo.InvariantCulture), "the report is laid out at the width asked for");
        int.Parse(probe.Groups["labels"].Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(20, "the charts' labels were measured");
        System.Net.WebUtility.HtmlDecode(probe.Groups["problems"].Value).Should().Be("none");
        Keep(png, $"layout-{width}.png");
    }

    private static void Keep(string png, string name)
    {
        var folder = Environment.GetEnvironmentVariable("CLAIMCHECK_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        File.Copy(png, Path.Combine(folder, name), overwrite: true);
    }

    [GeneratedRegex("data-width=\"(?<width>\\d+)\" data-labels=\"(?<labels>\\d+)\" data-problems=\"(?<problems>[^\"]*)\"")]
    private static partial Regex ProbeResult();

    private const string LayoutProbe = """
        <script>
        function probe(frame) {
          const doc = frame.contentDocument, problems = [];
          const vw = doc.documentElement.clientWidth;
          if (doc.documentElement.scrollWidth > vw) problems.push(`page is ${doc.documentElement.scrollWidth}px wide in a ${vw}px window`);
          for (const el of doc.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > vw + 0.5) problems.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') || ''} ends at ${Math.round(r.right)}px`);
          }
          let labels = 0;
          for (const svg of doc.querySelectorAll('svg.numberline')) {
            const box = svg.getBoundingClientRect();
            const ticks = [];
            for (const t of svg.querySelectorAll('text')) {
              const r = t.getBoundingClientRect();
              labels++;
              if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
                problems.push(`label "${t.textContent}" is clipped by its chart`);
              if (t.classList.contains('tick')) ticks.push(r);
            }
            ticks.sort((a, b) => a.left - b.left);
            for (let i = 1; i < ticks.length; i++)
              if (ticks[i].left < ticks[i - 1].right + 2) problems.push(`tick labels overlap at ${Math.round(ticks[i].left)}px`);
          }
          const out = document.createElement('div');
          out.id = 'layout-probe';
          out.setAttribute('data-width', String(vw));
          out.setAttribute('data-labels', String(labels));
          out.setAttribute('data-problems', problems.length ? problems.slice(0, 20).join(' | ') : 'none');
          document.body.appendChild(out);
        }
        const frame = document.getElementById('report');
        // Until the srcdoc loads, the frame holds an empty about:blank document: wait for the report's.
        if (frame.contentDocument && frame.contentDocument.readyState === 'complete' && frame.contentDocument.title === 'ClaimCheck report') probe(frame);
        else frame.addEventListener('load', () => probe(frame));
        </script>
        """;
}
