using ClaimCheck.Report;

namespace ClaimCheck.Cli.Commands;

/// <summary>Reads <c>--previous</c>: the file a journalist edits by hand, so every way it can be wrong is one clear line and exit 2.</summary>
internal static class PreviousReport
{
    public static bool TryRead(string path, CliIo io, out ClaimCheckReport? previous)
    {
        previous = null;
        if (Directory.Exists(path))
        {
            io.Fail(path, "is a directory, not a report");
            return false;
        }
        if (!File.Exists(path))
        {
            // The first run of a "--previous report.yaml --out report.yaml" loop has nothing to carry yet.
            io.Fail(path, "no previous report yet; every discrepancy is new");
            return true;
        }
        try
        {
            io.Activity.Current = $"reading the previous report {path}";
            if (new FileInfo(path).Length > ClaimCheckReportReader.MaxBytes)
            {
                io.Fail(path, $"not read: larger than a report can be ({ClaimCheckReportReader.MaxBytes / (1024 * 1024)} MB)");
                return false;
            }
            using var stream = File.OpenRead(path);
            if (ClaimCheckReportReader.TryRead(stream, out previous, out var problem)) return true;
            io.Fail(path, $"not a ClaimCheck report: {problem}");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Fail(path, $"cannot be read: {CommonOptions.Describe(e)}");
            return false;
        }
        finally
        {
            io.Activity.Current = null;
        }
    }
}
