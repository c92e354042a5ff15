using System.Security.Cryptography;
using System.Text;

namespace Micrositio.Images;

/// <summary>
/// The secret that photo ids and the image caches' digests are keyed with (<c>MICROSITIO_CLAVE_FOTOS</c>): an id is the
/// start of HMAC-SHA256(key, «álbum/archivo»), so nobody holding an original photo (a seized phone) can compute it or
/// confirm that the photo was published, and a withdrawal «álbum/archivo» still gives the id after the file is gone.
/// Without the variable a documented local default is used, except on Netlify, where that is a build error.
/// </summary>
public sealed class PhotoKey
{
    public const string Variable = "MICROSITIO_CLAVE_FOTOS";

    /// <summary>The key of local builds and tests; published ids must not use it (Netlify refuses to build without the variable).</summary>
    public const string LocalDefault = "micrositio-clave-local-no-usar-en-produccion";

    private readonly byte[] _secret;

    private PhotoKey(byte[] secret, bool missingOnNetlify)
    {
        _secret = secret;
        MissingOnNetlify = missingOnNetlify;
    }

    /// <summary>True on Netlify without the variable: the Images stage reports it and publishes no photo.</summary>
    public bool MissingOnNetlify { get; }

    public static PhotoKey Local { get; } = Of(LocalDefault);

    public static PhotoKey Of(string secret) => new(Encoding.UTF8.GetBytes(secret), missingOnNetlify: false);

    public static PhotoKey FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <summary>The key from the variables that <paramref name="variable"/> reads (the process environment, or a test's).</summary>
    public static PhotoKey From(Func<string, string?> variable)
    {
        var value = variable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return Of(value.Trim());
        }

        return string.Equals(variable("NETLIFY"), "true", StringComparison.OrdinalIgnoreCase)
            ? new PhotoKey(Encoding.UTF8.GetBytes(LocalDefault), missingOnNetlify: true)
            : Local;
    }

    /// <summary>The id of the photo <paramref name="file"/> of album <paramref name="album"/>: 12 lowercase hex digits.</summary>
    public string IdOf(string album, string file) => IdOf($"{album}/{file}");

    /// <summary>The id of «álbum/archivo» as written (normalized to NFC, so a name typed on a Mac gives the same id).</summary>
    public string IdOf(string reference) => Hex(Mac(reference.Normalize(NormalizationForm.FormC)))[..12];

    /// <summary>A keyed digest for cache names and memories: what a cache stores in place of a path or a hash of an original.</summary>
    public string Digest(string purpose, string value) => Hex(Mac($"{purpose}\u0000{value}"));

    private byte[] Mac(string text) => HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(text));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
