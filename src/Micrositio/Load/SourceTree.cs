using System.Buffers.Binary;
using System.IO.Enumeration;
using System.Runtime.InteropServices;
using Micrositio.Diagnostics;

namespace Micrositio.Load;

/// <summary>
/// Checked before anything under input/ or themes/ is read: every entry must be a plain file or folder. A symbolic
/// link is refused wherever it points (a link in input/ once published /proc/self/environ and /etc/passwd, and one
/// inside the repository can reach .git, .cache or output/); a FIFO, device or socket is refused because reading it can
/// wait forever. Links are not followed while walking, so nothing outside the folders is even listed.
/// </summary>
public static class SourceTree
{
    public static bool Check(string rootDirectory, IEnumerable<string> folders, ErrorList errors)
    {
        var clean = true;
        foreach (var folder in folders.Distinct(StringComparer.Ordinal))
        {
            var top = new DirectoryInfo(folder);
            if (top.LinkTarget is not null)
            {
                clean = false;
                ReportLink(rootDirectory, top.FullName, top.LinkTarget, errors);
                continue;
            }

            if (!top.Exists)
            {
                continue;
            }

            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
            var entries = new FileSystemEnumerable<(string Path, bool Link, bool Directory)>(top.FullName,
                (ref FileSystemEntry e) => (e.ToFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0, e.IsDirectory), options)
            {
                ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
            };
            foreach (var (path, link, directory) in entries)
            {
                if (link)
                {
                    clean = false;
                    ReportLink(rootDirectory, path, new FileInfo(path).LinkTarget ?? "?", errors);
                }
                else if (!directory && IsSpecial(path))
                {
                    clean = false;
                    errors.Add(Stage.Load, Relative(rootDirectory, path), null, null,
                        "no es un archivo normal (es una tubería, un dispositivo o un socket); leerlo podría detener la compilación.",
                        "bórrelo: en input/ y themes/ solo van archivos y carpetas normales.");
                }
            }
        }

        return clean;
    }

    /// <summary>Whether the file at <paramref name="path"/> can be read as content: it exists and is a plain file, not a link or a special file.</summary>
    public static bool IsPlainFile(string path) => File.Exists(path) && new FileInfo(path).LinkTarget is null && !IsSpecial(path);

    private static void ReportLink(string root, string path, string target, ErrorList errors)
    {
        var resolved = Path.GetFullPath(target, Path.GetDirectoryName(path)!);
        var outside = !resolved.StartsWith(Path.GetFullPath(root).TrimEnd('/') + "/", StringComparison.Ordinal);
        errors.Add(Stage.Load, Relative(root, path), null, null,
            $"es un enlace simbólico a «{target}»{(outside ? ", fuera del repositorio" : "")}; el generador no sigue enlaces, porque uno puede publicar archivos privados del equipo que compila.",
            "reemplace el enlace por una copia del archivo o de la carpeta (cp --remove-destination), o bórrelo.");
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;

    /// <summary>A FIFO, character or block device, or socket (statx(2), without following links; Linux only).</summary>
    private static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType, buffer) != 0 || (BinaryPrimitives.ReadUInt32LittleEndian(buffer) & StatxType) == 0)
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        // struct statx: stx_mode (u16) at 28; its file type bits are S_IFMT.
        var type = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)) & 0xF000;
        return type is not 0x8000 and not 0x4000 and not 0xA000;
    }

    // DllImport rather than LibraryImport, which would need unsafe code enabled for the whole library.
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
