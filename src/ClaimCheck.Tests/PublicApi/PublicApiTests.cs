using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimCheck.Pipeline;

namespace ClaimCheck.Tests.PublicApi;

/// <summary>
/// The library's public surface, listed and compared with the checked-in ClaimCheck.approved.txt, so that every
/// change to it is deliberate. To accept a change: run the tests with CLAIMCHECK_ACCEPT_API=1 and review the diff.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        string actual = Describe(typeof(ClaimCheckPipeline).Assembly);
        string approvedPath = Path.Combine(SourceDirectory(), "ClaimCheck.approved.txt");
        if (Environment.GetEnvironmentVariable("CLAIMCHECK_ACCEPT_API") == "1")
            File.WriteAllText(approvedPath, actual);
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (approved != actual)
            File.WriteAllText(Path.Combine(SourceDirectory(), "ClaimCheck.received.txt"), actual);
        actual.Should().Be(approved, "the public API changed: review ClaimCheck.received.txt, then accept it with CLAIMCHECK_ACCEPT_API=1");
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

    internal static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            lines.Add($"{Kind(type)} {Name(type)}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var m in type.GetMembers(flags))
            {
                // Record plumbing (Equals, Clone, Deconstruct...) is generated: only what we wrote is the surface.
                if (m.IsDefined(typeof(CompilerGeneratedAttribute)) && m is MethodInfo) continue;
                string? line = m switch
                {
                    ConstructorInfo c => $"ctor({Params(c)})",
                    MethodInfo mi when !mi.IsSpecialName => $"{(mi.IsStatic ? "static " : "")}{Name(mi.ReturnType)} {mi.Name}({Params(mi)})",
                    PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : "")}{(p.SetMethod?.IsPublic == true ? (IsInit(p.SetMethod) ? " init;" : " set;") : "")} }}",
                    FieldInfo f when type.IsEnum && f.IsStatic => $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue())}",
                    FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
                    EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
                    _ => null,
                };
                if (line is not null) lines.Add($"{Name(type)}: {line}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit");

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : "class";

    private static string Params(MethodBase m) => string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type t)
    {
        if (t.IsGenericParameter) return t.Name;
        if (Nullable.GetUnderlyingType(t) is { } u) return Name(u) + "?";
        if (t.IsArray) return Name(t.GetElementType()!) + "[]";
        if (t.IsByRef) return "ref " + Name(t.GetElementType()!);
        string name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? t.Name : t.Namespace + "." + t.Name);
        if (!t.IsGenericType) return name;
        var sb = new StringBuilder(name[..name.IndexOf('`')]).Append('<');
        sb.AppendJoin(", ", t.GetGenericArguments().Select(Name));
        return sb.Append('>').ToString();
    }
}
