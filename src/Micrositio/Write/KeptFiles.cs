namespace Micrositio.Write;

/// <summary>An <see cref="IOutputSink"/> that keeps every file in memory, in path order.</summary>
public sealed class KeptFiles : IOutputSink
{
    private readonly List<OutputFile> _files = [];
    private readonly Lock _lock = new();
    private bool _sorted = true;

    public void Add(IReadOnlyList<OutputFile> files)
    {
        lock (_lock)
        {
            _files.AddRange(files);
            _sorted = false;
        }
    }

    public IReadOnlyList<OutputFile> Files
    {
        get
        {
            lock (_lock)
            {
                if (!_sorted)
                {
                    _files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                    _sorted = true;
                }

                return [.. _files];
            }
        }
    }
}
