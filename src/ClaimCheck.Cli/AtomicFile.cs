using System.Collections.Concurrent;
using System.Text;

namespace ClaimCheck.Cli;

/// <summary>Writes a file through a temporary file in the same folder and a rename, so a crash never leaves half a report.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Temporary files being written, so an interrupt (Ctrl+C, SIGTERM) can remove them before the process ends.
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="path"/>; on failure the target is untouched, no temporary file is left, and the
    /// <see cref="IOException"/> thrown names the target, never the temporary file.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        // Same folder as the target: a rename within one file system is atomic, across file systems it is a copy.
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Pending[temp] = 0;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            // A 64K-character buffer: a report of hundreds of megabytes goes out in large writes, not in 1 KB pieces
            // (the default), which cost a tenth of the YAML writer's time in encoding calls and system calls.
            using (var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16) { NewLine = "\n" })
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(Describe(e, dir, temp, full), e);
        }
        finally
        {
            Delete(temp);
            Pending.TryRemove(temp, out _);
        }
    }

    /// <summary>
    /// Throws the <see cref="IOException"/> <see cref="Write"/> would throw when <paramref name="path"/> cannot be
    /// written (a missing folder, a folder in its place, no permission), by creating and removing the temporary file
    /// it would write: a run then fails before its analysis, not after it.
    /// </summary>
    public static void EnsureWritable(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (Directory.Exists(full)) throw new UnauthorizedAccessException();
            new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose).Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(Describe(e, dir, temp, full), e);
        }
    }

    /// <summary>Removes every temporary file still being written (called on an interrupt).</summary>
    public static void DeletePending()
    {
        foreach (var temp in Pending.Keys) Delete(temp);
    }

    private static void Delete(string temp)
    {
        try
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the file is hidden and named after the target.
        }
    }

    private static string Describe(Exception e, string dir, string temp, string target) => e switch
    {
        DirectoryNotFoundException => $"the folder {dir} does not exist",
        UnauthorizedAccessException when Directory.Exists(target) => "is a directory",
        UnauthorizedAccessException => $"permission denied (a file cannot be written in {dir})",
        _ => e.Message.Replace(temp, target, StringComparison.Ordinal).ReplaceLineEndings(" "),
    };
}
