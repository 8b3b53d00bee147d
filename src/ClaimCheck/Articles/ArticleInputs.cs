namespace ClaimCheck.Articles;

/// <summary>One input after expansion: a file to read, standard input (<c>-</c>), or an input that matched nothing.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Path">The file path, <c>-</c> for standard input, or the input as given when it failed.</param>
/// <param name="Problem">Why the input yields no file, or null.</param>
public sealed record ArticleInput(string Path, string? Problem = null)
{
    /// <summary>Whether this input stands for standard input.</summary>
    public bool IsStdin => Path == "-" && Problem is null;

    /// <summary>
    /// The article id: the path relative to the folder or glob it was found through, without extension ("ap/story"),
    /// or the file name without extension for a file given by name; lengthened when two inputs would share it.
    /// Null means <see cref="ArticleLoader.IdFromPath"/>.
    /// </summary>
    public string? Id { get; init; }
}

/// <summary>Options for <see cref="ArticleInputs.LoadAll"/>.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Recursive">Whether folders are searched in their sub-folders too.</param>
/// <param name="Sources">Metadata by article id, or null.</param>
/// <param name="Stdin">Standard input as text, for the input <c>-</c>; null when there is none.</param>
/// <param name="Exclude">Globs of files to leave out of folders and globs (<c>drafts/**</c>, <c>*.min.html</c>); see <see cref="ArticleInputs.Expand(IEnumerable{string}, bool, IReadOnlyList{string}?)"/>.</param>
/// <param name="StdinBytes">Standard input as bytes; when set it wins over <paramref name="Stdin"/> and is decoded exactly as a file is (size limit, strict UTF-8 with the byte offset of an error).</param>
public sealed record ArticleLoadOptions(bool Recursive = false, ArticleSources? Sources = null, TextReader? Stdin = null,
    IReadOnlyList<string>? Exclude = null, Stream? StdinBytes = null);

/// <summary>Turns command-line inputs (files, folders, globs, <c>-</c>) into the list of articles to read, in a stable order.</summary>
/// <remarks>
/// Thread-safe. Each input keeps its place; a folder or glob expands in ordinal order of path. Folders yield only
/// .txt, .md, .html and .htm files and never sidecar <c>*.meta.yaml</c> files. An input that matches nothing is itself
/// a failure, so nothing given is silently dropped. A file reached twice (also through a symbolic or hard link) is
/// read once. Every file gets its own id (see <see cref="ArticleInput.Id"/>).
/// </remarks>
public static class ArticleInputs
{
    /// <summary>Expands <paramref name="inputs"/>.</summary>
    /// <param name="inputs">Paths, folders, globs (<c>*</c>, <c>?</c>, <c>**</c>) or <c>-</c>.</param>
    /// <param name="recursive">Whether folders are searched recursively.</param>
    public static IReadOnlyList<ArticleInput> Expand(IEnumerable<string> inputs, bool recursive = false) => Expand(inputs, recursive, null);

    /// <summary>Expands <paramref name="inputs"/>, leaving out files that match an <paramref name="exclude"/> glob.</summary>
    /// <param name="inputs">Paths, folders, globs (<c>*</c>, <c>?</c>, <c>**</c>) or <c>-</c>.</param>
    /// <param name="recursive">Whether folders are searched recursively.</param>
    /// <param name="exclude">
    /// Globs matched against a found file's path relative to its folder or glob root (<c>drafts/**</c>) and, for a
    /// glob without <c>/</c>, against its file name at any depth (<c>*.min.html</c>). A file named explicitly is never excluded.
    /// </param>
    public static IReadOnlyList<ArticleInput> Expand(IEnumerable<string> inputs, bool recursive, IReadOnlyList<string>? exclude)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        exclude ??= [];
        var found = new List<(ArticleInput Input, string? Root)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddFile(string path, string? root)
        {
            if (seen.Add(FileIdentity.Of(path) ?? Path.GetFullPath(path))) found.Add((new ArticleInput(path), root));
        }
        foreach (var input in inputs)
        {
            if (input == "-") { found.Add((new ArticleInput("-"), null)); continue; }
            if (File.Exists(input)) { AddFile(input, null); continue; }
            if (Directory.Exists(input))
            {
                var files = ArticleFilesIn(input, recursive).Where(f => !Glob.IsExcluded(Path.GetRelativePath(input, f), exclude)).ToList();
                if (files.Count == 0) found.Add((new ArticleInput(input, "folder holds no .txt, .md, .html or .htm files" + (exclude.Count > 0 ? " (after --exclude)" : "")), null));
                foreach (var file in files) AddFile(file, input);
                continue;
            }
            if (Glob.IsPattern(input))
            {
                var root = Glob.Root(input);
                var files = Glob.Match(input).Where(IsArticleFile).Where(f => !Glob.IsExcluded(Path.GetRelativePath(root, f), exclude)).ToList();
                if (files.Count == 0) found.Add((new ArticleInput(input, "no article files match this pattern"), null));
                foreach (var file in files) AddFile(file, root);
                continue;
            }
            found.Add((new ArticleInput(input, "no such file or folder"), null));
        }
        return ArticleIds.Assign(found);
    }

    /// <summary>Expands and reads every input, in order. Failures are results too, and so are duplicates (see <see cref="RejectDuplicates(IReadOnlyList{ArticleLoadResult})"/>).</summary>
    /// <param name="inputs">Paths, folders, globs or <c>-</c>.</param>
    /// <param name="options">Recursion, exclusions, sources and standard input.</param>
    public static IReadOnlyList<ArticleLoadResult> LoadAll(IEnumerable<string> inputs, ArticleLoadOptions? options = null)
    {
        options ??= new ArticleLoadOptions();
        return RejectDuplicates(Expand(inputs, options.Recursive, options.Exclude).Select(input => Load(input, options)).ToList());
    }

    /// <summary>Reads one expanded input.</summary>
    /// <param name="input">The input.</param>
    /// <param name="options">Sources and standard input.</param>
    public static ArticleLoadResult Load(ArticleInput input, ArticleLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new ArticleLoadOptions();
        if (input.Problem is not null) return ArticleLoadResult.Fail(input.Path, input.Problem);
        if (!input.IsStdin) return ArticleLoader.Load(input.Path, options.Sources, input.Id);
        if (options.StdinBytes is { } bytes) return ArticleLoader.LoadStream(input.Id ?? "stdin", "-", bytes, options.Sources);
        if (options.Stdin is null) return ArticleLoadResult.Fail("-", "standard input is not available");
        return ArticleLoader.LoadText(input.Id ?? "stdin", "-", options.Stdin, options.Sources);
    }

    /// <summary>
    /// Turns every article whose id or URL an earlier article already has into a failure that names the earlier one,
    /// so two articles are never merged into one and the same page saved twice is not counted twice.
    /// </summary>
    /// <param name="results">Load results in input order.</param>
    public static IReadOnlyList<ArticleLoadResult> RejectDuplicates(IReadOnlyList<ArticleLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return ArticleIds.RejectDuplicates(results);
    }

    /// <summary>As <see cref="RejectDuplicates(IReadOnlyList{ArticleLoadResult})"/>, lazily, for a streaming run.</summary>
    /// <param name="results">Load results in input order.</param>
    public static IEnumerable<ArticleLoadResult> RejectDuplicates(IEnumerable<ArticleLoadResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return ArticleIds.RejectDuplicates(results);
    }

    /// <summary>Whether a file name is read as an article when it turns up in a folder or glob.</summary>
    /// <param name="path">A file path.</param>
    public static bool IsArticleFile(string path) =>
        !path.EndsWith(ArticleLoader.SidecarSuffix, StringComparison.OrdinalIgnoreCase)
        && ArticleLoader.Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static List<string> ArticleFilesIn(string folder, bool recursive)
    {
        var option = new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        var files = Directory.EnumerateFiles(folder, "*", option).Where(IsArticleFile).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
