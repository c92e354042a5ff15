using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Micrositio.Preview.LiveReload;

/// <summary>
/// The open preview pages, each listening on a server-sent-events stream; after every build the hub tells
/// them the new version, the previous one, whether it failed and which URLs changed, and each page decides
/// whether it must reload (recarga.js).
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _listeners = [];
    private string _latest = Message(SiteSnapshot.Empty, SiteSnapshot.Empty, []);

    public int Listeners
    {
        get
        {
            lock (_lock)
            {
                return _listeners.Count;
            }
        }
    }

    /// <summary>A new listener; it first receives the current state, so a page that missed a build reloads.</summary>
    public ChannelReader<string> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite(_latest);
        }

        unsubscribe = () =>
        {
            lock (_lock)
            {
                _listeners.Remove(channel);
            }

            channel.Writer.TryComplete();
        };
        return channel.Reader;
    }

    public void Publish(SiteSnapshot before, SiteSnapshot after, IReadOnlyList<string> changedUrls)
    {
        lock (_lock)
        {
            _latest = Message(before, after, changedUrls);
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(_latest);
            }
        }
    }

    private static string Message(SiteSnapshot before, SiteSnapshot after, IReadOnlyList<string> changedUrls)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", after.Version);
            json.WriteNumber("anterior", before.Version);
            json.WriteBoolean("fallo", after.Failed);
            json.WriteStartArray("urls");
            foreach (var url in changedUrls)
            {
                json.WriteStringValue(url);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return $"event: sitio\ndata: {Encoding.UTF8.GetString(buffer.WrittenSpan)}\n\n";
    }
}
