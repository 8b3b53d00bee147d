using System.Reflection;
using ClaimCheck.Pipeline;
using PublicApiGenerator;

namespace ClaimCheck.Tests.PublicApi;

/// <summary>
/// The library's public surface as C# declarations (PublicApiGenerator: ref/out, nullability, defaults, attributes),
/// compared with the checked-in ClaimCheck.approved.txt, so that every change to it is deliberate. To accept a change:
/// run the tests with CLAIMCHECK_ACCEPT_API=1 and review the diff.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        string actual = Describe(typeof(ClaimCheckPipeline).Assembly);
        string approvedPath = Path.Combine(SourceDirectory(), "ClaimCheck.approved.txt");
        string receivedPath = Path.Combine(SourceDirectory(), "ClaimCheck.received.txt");
        if (Environment.GetEnvironmentVariable("CLAIMCHECK_ACCEPT_API") == "1")
            File.WriteAllText(approvedPath, actual);
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved != actual) File.WriteAllText(receivedPath, actual);
        else File.Delete(receivedPath);
        actual.Should().Be(approved, "the public API changed: review ClaimCheck.received.txt, then accept it with CLAIMCHECK_ACCEPT_API=1");
    }

    [Fact]
    public void Describe_RecordsOutParametersNullabilityAndDefaults()
    {
        // What the hand-written listing this replaced got wrong: `out` shown as `ref`, `?` and default values dropped.
        string api = typeof(ApiShapeSample).GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        api.Should().Contain("public static bool TryRead(string text, out int value, string? hint = null, int limit = 10) { }");
    }

    [Fact]
    public void PublicApi_EveryPublicTypeIsSealedOrAbstractOrInterfaceOrValue()
    {
        var open = typeof(ClaimCheckPipeline).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName);
        open.Should().BeEmpty("public classes are sealed by default (STYLE.md)");
    }

    /// <summary>This folder in the source tree, found from the test binaries (not [CallerFilePath]: CI builds map source paths to "/_/").</summary>
    private static string SourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
                return Path.Combine(dir.FullName, "src", "ClaimCheck.Tests", "PublicApi");
        throw new InvalidOperationException("ClaimCheck.sln not found above " + AppContext.BaseDirectory);
    }

    internal static string Describe(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n") + "\n";
}

/// <summary>A public member of every shape the approval file must record faithfully.</summary>
public static class ApiShapeSample
{
    public static bool TryRead(string text, out int value, string? hint = null, int limit = 10)
    {
        value = text.Length + (hint?.Length ?? 0) + limit;
        return true;
    }
}
