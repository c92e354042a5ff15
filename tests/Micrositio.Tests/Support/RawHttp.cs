using System.Net.Sockets;
using System.Text;

namespace Micrositio.Tests.Support;

/// <summary>
/// Sends a request target exactly as written («//mesas», «/a%2Fb», «/x?y=1»): HttpClient and Uri would
/// normalize some of them before they reach the server.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(string baseUrl, string method, string target)
    {
        var uri = new Uri(baseUrl);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        await using var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        return Parse(received.ToArray(), method);
    }

    private static RawResponse Parse(byte[] bytes, string method)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.True(end > 0, "The server's answer has no header block:\n" + Encoding.ASCII.GetString(bytes));
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }

        var body = bytes[(end + 4)..];
        if (headers.GetValueOrDefault("Transfer-Encoding") == "chunked")
        {
            body = Dechunk(body);
        }

        return new RawResponse(status, headers, method == "HEAD" ? [] : body);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (true)
        {
            var lineEnd = body.AsSpan(position).IndexOf("\r\n"u8) + position;
            var size = Convert.ToInt32(Encoding.ASCII.GetString(body, position, lineEnd - position).Split(';')[0], 16);
            if (size == 0)
            {
                return output.ToArray();
            }

            output.Write(body, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
