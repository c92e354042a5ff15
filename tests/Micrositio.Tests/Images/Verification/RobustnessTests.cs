using Micrositio.Images.Verification;
using static Micrositio.Tests.Images.Verification.Samples;

namespace Micrositio.Tests.Images.Verification;

/// <summary>
/// Malformed input yields problems and never throws or hangs. The format verifiers are called directly (not
/// through <see cref="ImageVerifier.Verify"/>, whose last-resort catch would hide a bug), with a fixed seed.
/// </summary>
public sealed class RobustnessTests
{
    private const int Rounds = 300;

    public static TheoryData<string> Formats => ["jpeg", "png", "webp", "avif", "heif-hand-built"];

    private static (byte[] Clean, Func<byte[], IReadOnlyList<string>> Verify) Sample(string format) => format switch
    {
        "jpeg" => (ProgressiveJpeg, bytes => JpegVerifier.Verify(bytes)),
        "png" => (Png, bytes => PngVerifier.Verify(bytes)),
        "webp" => (AlphaWebp, bytes => WebpVerifier.Verify(bytes)),
        "avif" => (AlphaAvif, bytes => IsoBmffVerifier.Verify(bytes)),
        _ => (IsoBmff([(1, "av01", AvifItem), (2, "av01", AvifItem)], iref: Iref("auxl", 2, 1)), bytes => IsoBmffVerifier.Verify(bytes)),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_truncation_is_a_problem(string format)
    {
        var (clean, verify) = Sample(format);
        for (var length = 0; length < clean.Length; length++)
        {
            var problems = verify(clean[..length]);
            Assert.True(problems.Count > 0, $"{format} truncado a {length} de {clean.Length} bytes pasó la verificación");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Corrupted_files_never_throw(string format)
    {
        var (clean, verify) = Sample(format);
        var random = new Random(20260101);
        for (var round = 0; round < Rounds; round++)
        {
            var bytes = (byte[])clean.Clone();
            switch (round % 4)
            {
                case 0: // A few random bytes changed.
                    for (var i = 0; i < 1 + random.Next(4); i++)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }

                    break;
                case 1: // A size-like field made huge or zero.
                    var at = random.Next(bytes.Length - 4);
                    bytes[at] = random.Next(2) == 0 ? (byte)0xFF : (byte)0;
                    bytes[at + 1] = random.Next(2) == 0 ? (byte)0xFF : (byte)0;
                    break;
                case 2: // Random bytes spliced in.
                    var insert = new byte[1 + random.Next(16)];
                    random.NextBytes(insert);
                    var where = random.Next(bytes.Length);
                    bytes = Concat(bytes[..where], insert, bytes[where..]);
                    break;
                default: // The header kept, the rest random.
                    random.NextBytes(bytes.AsSpan(12));
                    break;
            }

            Assert.NotNull(verify(bytes));
            Assert.NotNull(ImageVerifier.Verify(bytes));
        }
    }

    [Fact]
    public void Random_bytes_and_bare_signatures_are_problems()
    {
        var random = new Random(42);
        byte[][] prefixes = [[], [0xFF, 0xD8, 0xFF], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Ascii("RIFF\0\0\0\0WEBP"), Concat(U32(16), Ascii("ftypavif"), U32(0))];
        foreach (var prefix in prefixes)
        {
            for (var round = 0; round < 100; round++)
            {
                var tail = new byte[random.Next(200)];
                random.NextBytes(tail);
                Assert.NotEmpty(ImageVerifier.Verify(Concat(prefix, tail)));
            }

            Assert.NotEmpty(ImageVerifier.Verify(prefix));
        }
    }

    [Fact]
    public void Many_tiny_segments_give_a_bounded_list()
    {
        var comments = Enumerable.Repeat(Segment(0xFE, []), 100_000).SelectMany(segment => segment).ToArray();

        var problems = ImageVerifier.Verify(Concat(Jpeg[..2], comments, Jpeg[2..]));

        Assert.True(problems.Count <= 41, $"{problems.Count} problemas");
        Assert.Contains("problemas más", problems[^1], StringComparison.Ordinal);
    }
}
