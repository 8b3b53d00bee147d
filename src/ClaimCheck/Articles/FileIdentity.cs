using System.Runtime.InteropServices;

namespace ClaimCheck.Articles;

/// <summary>
/// Tells whether two paths are the same file: device and inode on Linux (so a symlink, a hard link and
/// "./a.txt" versus "a.txt" are one file), else the full path with symbolic links resolved.
/// </summary>
/// <remarks>Thread-safe. .NET has no public stat(); the two fields read are at fixed offsets of the platform's struct stat.</remarks>
internal static class FileIdentity
{
    /// <summary>
    /// A key equal for two paths exactly when they name the same file (or folder); null when nothing is there. Callers
    /// pass files: a successful stat answers both questions, so only a failed one asks whether the file exists.
    /// </summary>
    public static string? Of(string path)
    {
        if (TryStat(path, out ulong device, out ulong inode)) return $"{device}:{inode}";
        if (!File.Exists(path)) return null;
        return Canonical(path);
    }

    /// <summary>The full path with every symbolic link along it resolved (the fallback where stat is not available).</summary>
    public static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static bool TryStat(string path, out ulong device, out ulong inode)
    {
        device = inode = 0;
        // The 64-bit Linux layout (x86-64 and the generic one of arm64) starts with dev_t st_dev and ino_t st_ino, both
        // 64-bit. Elsewhere (macOS's versioned stat symbols, Windows) the canonical path is the identity.
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64)) return false;
        var buffer = new byte[256]; // larger than struct stat
        try
        {
            if (Stat(path, buffer) != 0) return false;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
        device = BitConverter.ToUInt64(buffer, 0);
        inode = BitConverter.ToUInt64(buffer, 8);
        return inode != 0;
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the library for one call.
    [DllImport("libc", EntryPoint = "stat", SetLastError = false)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
