using System.CommandLine;
using ClaimCheck.Articles;
using ClaimCheck.Report;

namespace ClaimCheck.Cli.Commands;

/// <summary>Options shared by check and extract, and the helpers that act on them.</summary>
internal static class CommonOptions
{
    public static Option<string?> Out() => new("--out", "-o") { Description = "Write the report to FILE (atomically: a temp file, then a rename) instead of stdout.", HelpName = "FILE" };

    public static Option<string?> Format(params string[] allowed)
    {
        var option = new Option<string?>("--format", "-f") { Description = $"Output format: {string.Join(", ", allowed)} (default: from the --out extension, else yaml).", HelpName = "FORMAT" };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<string?> Sources() => new("--sources") { Description = "YAML file mapping article id to {outlet, url, published, title}; overrides what the files say.", HelpName = "FILE" };

    /// <summary>The format: as given, else from the --out extension, else yaml.</summary>
    public static IReportWriter Writer(string? format, string? outPath, bool csv = false)
    {
        var name = format ?? (outPath is null ? "" : Path.GetExtension(outPath).TrimStart('.'));
        if (csv && name.Equals("csv", StringComparison.OrdinalIgnoreCase)) return outPath is null ? ClaimsCsvWriter.Default : new ClaimsCsvWriter { ByteOrderMark = true };
        return ReportWriters.ForFormat(name) ?? YamlReportWriter.Default;
    }

    public static bool TryLoadSources(string? path, CliIo io, out ArticleSources? sources)
    {
        sources = null;
        if (path is null) return true;
        if (ArticleSources.TryLoad(path, out var loaded, out var problem)) { sources = loaded; return true; }
        io.Fail(path, problem!);
        return false;
    }

    /// <summary>Writes the report to --out (atomically) or stdout. False, with a message, when the file cannot be written.</summary>
    public static bool TryWrite(ClaimCheckReport report, IReportWriter writer, string? outPath, CliIo io)
    {
        if (outPath is null)
        {
            writer.Write(report, io.Out);
            io.Out.Flush();
            return true;
        }
        try
        {
            AtomicFile.Write(outPath, w => writer.Write(report, w));
            return true;
        }
        catch (IOException e)
        {
            io.Fail(outPath, $"cannot write the report: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// False, with the message writing it would give, when <paramref name="outPath"/> cannot be written (a missing
    /// folder, a folder of that name, no permission): checked before the run, so an hour's analysis is not lost to a typo.
    /// </summary>
    public static bool OutCanBeWritten(string? outPath, CliIo io)
    {
        if (outPath is null) return true;
        try
        {
            AtomicFile.EnsureWritable(outPath);
            return true;
        }
        catch (IOException e)
        {
            io.Fail(outPath, $"cannot write the report: {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// False, with a message, when <paramref name="outPath"/> is one of the files the run reads (an article, the
    /// sources or gazetteer file): writing the report there would destroy it. Same file means same device and inode,
    /// so a link or another spelling of the path is caught too.
    /// </summary>
    public static bool OutIsNotAnInput(string? outPath, IEnumerable<string?> inputs, CliIo io)
    {
        if (outPath is null || FileIdentity.Of(outPath) is not { } target) return true;
        foreach (var input in inputs)
        {
            if (input is null or "-" || FileIdentity.Of(input) != target) continue;
            io.Fail(outPath, $"--out is also an input ({input}); the report would overwrite it. Choose another --out.");
            return false;
        }
        return true;
    }

    /// <summary>An I/O error in one line, without the .NET exception type.</summary>
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        _ => e.Message.ReplaceLineEndings(" ").Trim(),
    };

    /// <summary>
    /// The pipeline for a run: the default one, or one whose gazetteer is extended by the user's file and whose
    /// comparer leaves out discrepancies below <paramref name="minSeverity"/>, analysing <paramref name="jobs"/> articles at once (0: one per core).
    /// </summary>
    public static bool TryBuildPipeline(string? gazetteer, CliIo io, out ClaimCheck.Pipeline.ClaimCheckPipeline pipeline, double minSeverity = 0, int jobs = 0)
    {
        pipeline = ClaimCheck.Pipeline.ClaimCheckPipeline.Default;
        if (gazetteer is null && minSeverity <= 0 && jobs <= 0) return true;
        var builder = new ClaimCheck.Pipeline.ClaimCheckPipelineBuilder();
        if (jobs > 0) builder.UseParallelism(jobs);
        if (minSeverity > 0)
            builder.UseComparer(new ClaimCheck.Compare.ClaimComparer(new ClaimCheck.Compare.ComparisonOptions { MinSeverity = minSeverity }));
        if (gazetteer is not null && !TryUseGazetteer(builder, gazetteer, io)) return false;
        pipeline = builder.Build();
        return true;
    }

    private static bool TryUseGazetteer(ClaimCheck.Pipeline.ClaimCheckPipelineBuilder builder, string gazetteer, CliIo io)
    {
        if (!File.Exists(gazetteer))
        {
            io.Fail(gazetteer, "gazetteer file not found");
            return false;
        }
        try
        {
            ClaimCheck.Pipeline.GazetteerPipelineExtensions.UseGazetteerFile(builder, gazetteer);
            return true;
        }
        catch (FormatException ex) when (ex.InnerException is YamlDotNet.Core.YamlException yaml)
        {
            io.Fail(gazetteer, ClaimCheck.Text.YamlErrorText.Describe(yaml));
            return false;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            var message = ex is FormatException ? ex.Message : Describe(ex);
            io.Fail(gazetteer, message.StartsWith(gazetteer, StringComparison.Ordinal) ? message[(gazetteer.Length + 1)..].Trim() : message);
            return false;
        }
    }
}
