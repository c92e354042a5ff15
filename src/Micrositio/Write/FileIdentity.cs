using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Micrositio.Write;

/// <summary>
/// What the system knows of a file without reading it (statx(2), Linux): device and inode, which say whether two paths
/// are the same file, its size, and its modification and change times, which say whether it was written since.
/// </summary>
public readonly record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode, long Length,
    long ModifiedSeconds, uint ModifiedNanoseconds, long ChangedSeconds, uint ChangedNanoseconds)
{
    private const int AtCurrentDirectory = -100;
    private const uint BasicStats = 0x7ff;
    private const uint Needed = 0x40 | 0x80 | 0x100 | 0x200; // STATX_MTIME | STATX_CTIME | STATX_INO | STATX_SIZE

    /// <summary>The change time in nanoseconds since 1970.</summary>
    public long Changed => (ChangedSeconds * 1_000_000_000) + ChangedNanoseconds;

    /// <summary>Everything above as one line of text, as the photo hash memory stores it.</summary>
    public string Text => $"{DeviceMajor}:{DeviceMinor}:{Inode}:{Length}:{ModifiedSeconds}.{ModifiedNanoseconds}:{ChangedSeconds}.{ChangedNanoseconds}";

    /// <summary>Whether both are the same file (hard links to one inode).</summary>
    public bool SameFileAs(FileIdentity other) => DeviceMajor == other.DeviceMajor && DeviceMinor == other.DeviceMinor && Inode == other.Inode;

    /// <summary>The identity of the file at <paramref name="path"/>; null if it does not exist or statx(2) is not available.</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, BasicStats, buffer) != 0 || (BinaryPrimitives.ReadUInt32LittleEndian(buffer) & Needed) != Needed)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        // struct statx: stx_ino at 32, stx_size at 40, stx_ctime at 96, stx_mtime at 112 (tv_sec, tv_nsec), stx_dev_major/minor at 136/140.
        ulong U64(int at) => BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(at));
        uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(at));
        return new FileIdentity(U32(136), U32(140), U64(32), (long)U64(40), (long)U64(112), U32(120), (long)U64(96), U32(104));
    }

    // DllImport rather than LibraryImport, which would need unsafe code enabled for the whole library.
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
