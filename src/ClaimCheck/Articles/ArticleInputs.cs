namespace ClaimCheck.Articles;

/// <summary>One input after expansion: a file to read, standard input (<c>-</c>), or an input that matched nothing.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Path">The file path, <c>-</c> for standard input, or the input as given when it failed.</param>
/// <param name="Problem">Why the input yields no file, or null.</param>
public sealed record ArticleInput(string Path, string? Problem = null)
{
    /// <summary>Whether this input stands for standard input.</summary>
    public bool IsStdin => Path == "-" && Problem is null;
}

/// <summary>Options for <see cref="ArticleInputs.LoadAll"/>.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Recursive">Whether folders are searched in their sub-folders too.</param>
/// <param name="Sources">Metadata by article id, or null.</param>
/// <param name="Stdin">Standard input, for the input <c>-</c>; null when there is none.</param>
public sealed record ArticleLoadOptions(bool Recursive = false, ArticleSources? Sources = null, TextReader? Stdin = null);

/// <summary>Turns command-line inputs (files, folders, globs, <c>-</c>) into the list of articles to read, in a stable order.</summary>
/// <remarks>
/// Thread-safe. Each input keeps its place; a folder or glob expands in ordinal order of path. Folders yield only
/// .txt, .md, .html and .htm files and never sidecar <c>*.meta.yaml</c> files. An input that matches nothing is itself
/// a failure, so nothing given is silently dropped. A file reached twice is read once.
/// </remarks>
public static class ArticleInputs
{
    /// <summary>Expands <paramref name="inputs"/>.</summary>
    /// <param name="inputs">Paths, folders, globs (<c>*</c>, <c>?</c>, <c>**</c>) or <c>-</c>.</param>
    /// <param name="recursive">Whether folders are searched recursively.</param>
    public static IReadOnlyList<ArticleInput> Expand(IEnumerable<string> inputs, bool recursive = false)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var result = new List<ArticleInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddFile(string path)
        {
            if (seen.Add(Path.GetFullPath(path))) result.Add(new ArticleInput(path));
        }
        foreach (var input in inputs)
        {
            if (input == "-") { result.Add(new ArticleInput("-")); continue; }
            if (File.Exists(input)) { AddFile(input); continue; }
            if (Directory.Exists(input))
            {
                var files = ArticleFilesIn(input, recursive);
                if (files.Count == 0) result.Add(new ArticleInput(input, "folder holds no .txt, .md, .html or .htm files"));
                files.ForEach(AddFile);
                continue;
            }
            if (Glob.IsPattern(input))
            {
                var files = Glob.Match(input).Where(IsArticleFile).ToList();
                if (files.Count == 0) result.Add(new ArticleInput(input, "no article files match this pattern"));
                files.ForEach(AddFile);
                continue;
            }
            result.Add(new ArticleInput(input, "no such file or folder"));
        }
        return result;
    }

    /// <summary>Expands and reads every input, in order. Failures are results too.</summary>
    /// <param name="inputs">Paths, folders, globs or <c>-</c>.</param>
    /// <param name="options">Recursion, sources and standard input.</param>
    public static IReadOnlyList<ArticleLoadResult> LoadAll(IEnumerable<string> inputs, ArticleLoadOptions? options = null)
    {
        options ??= new ArticleLoadOptions();
        return Expand(inputs, options.Recursive).Select(input => Load(input, options)).ToList();
    }

    /// <summary>Reads one expanded input.</summary>
    /// <param name="input">The input.</param>
    /// <param name="options">Sources and standard input.</param>
    public static ArticleLoadResult Load(ArticleInput input, ArticleLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new ArticleLoadOptions();
        if (input.Problem is not null) return ArticleLoadResult.Fail(input.Path, input.Problem);
        if (!input.IsStdin) return ArticleLoader.Load(input.Path, options.Sources);
        if (options.Stdin is null) return ArticleLoadResult.Fail("-", "standard input is not available");
        return ArticleLoader.LoadText("stdin", "-", options.Stdin.ReadToEnd(), options.Sources);
    }

    /// <summary>Whether a file name is read as an article when it turns up in a folder or glob.</summary>
    /// <param name="path">A file path.</param>
    public static bool IsArticleFile(string path) =>
        !path.EndsWith(ArticleLoader.SidecarSuffix, StringComparison.OrdinalIgnoreCase)
        && ArticleLoader.Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static List<string> ArticleFilesIn(string folder, bool recursive)
    {
        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        var files = Directory.EnumerateFiles(folder, "*", option).Where(IsArticleFile).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
