using Micrositio.Brand;
using Micrositio.Write;

namespace Micrositio.Render;

/// <summary>A page through its template: the file, whether it is published (not a release under embargo), and the lockup it must carry.</summary>
public sealed record RenderedPage(OutputFile File, bool Published, LockupRequirement Lockup);
