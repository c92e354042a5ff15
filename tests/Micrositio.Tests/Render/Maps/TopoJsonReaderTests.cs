using Micrositio.Render.Maps;
using NetTopologySuite.Geometries;

namespace Micrositio.Tests.Render.Maps;

/// <summary>Decoding quantized, delta-encoded TopoJSON arcs into polygons keyed by state code.</summary>
public sealed class TopoJsonReaderTests
{
    // Two unit squares side by side (quantized), sharing arc 0; the right one walks it backwards (~0 = -1).
    private const string TwoSquares = """
        {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[-100,20]},
         "arcs":[[[1,0],[0,1]],[[1,1],[-1,0],[0,-1],[1,0]],[[1,0],[1,0],[0,1],[-1,0]]],
         "objects":{"estados":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,1]],"properties":{"CVE_ENT":"01","NOM_ENT":"Izquierda"}},
           {"type":"MultiPolygon","arcs":[[[2,-1]]],"properties":{"CVE_ENT":"02","NOM_ENT":"Derecha"}}]}}}
        """;

    private static IReadOnlyDictionary<string, Geometry> Read(string json) =>
        TopoJsonReader.Read(json, "estados", "CVE_ENT", new GeometryFactory());

    [Fact]
    public void Quantized_arcs_are_summed_and_scaled_into_longitude_and_latitude()
    {
        var left = Read(TwoSquares)["01"];

        Assert.Equal(
            [(-99.5, 20), (-99.5, 20.25), (-100, 20.25), (-100, 20), (-99.5, 20)],
            left.Coordinates.Select(c => (c.X, c.Y)));
        Assert.Equal(0.125, left.Area, 9);
    }

    [Fact]
    public void A_negative_arc_index_walks_the_arc_backwards_so_neighbours_share_vertices()
    {
        var shapes = Read(TwoSquares);
        var right = shapes["02"];

        Assert.Equal(
            [(-99.5, 20), (-99, 20), (-99, 20.25), (-99.5, 20.25), (-99.5, 20)],
            right.Coordinates.Select(c => (c.X, c.Y)));
        Assert.Equal(0.25, shapes["01"].Intersection(right).Length, 9);
        Assert.Equal(0, shapes["01"].Intersection(right).Area, 12);
    }

    [Fact]
    public void Geometries_are_keyed_by_the_property_in_code_order()
    {
        Assert.Equal(["01", "02"], Read(TwoSquares).Keys);
    }

    [Fact]
    public void A_null_geometry_is_left_out_so_the_caller_reports_it_missing()
    {
        var json = TwoSquares.Replace("""{"type":"Polygon","arcs":[[0,1]],""", """{"type":null,""", StringComparison.Ordinal);

        Assert.Equal(["02"], Read(json).Keys);
    }

    [Theory]
    [InlineData("{not json", "malformed")]
    [InlineData("""{"type":"Topology","arcs":[],"objects":{}}""", "no object named 'estados'")]
    public void Unreadable_input_is_a_map_data_error(string json, string message)
    {
        var error = Assert.Throws<MapDataException>(() => Read(json));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_geometry_without_the_key_property_is_a_map_data_error()
    {
        var json = TwoSquares.Replace("\"CVE_ENT\":\"02\"", "\"CVE\":\"02\"", StringComparison.Ordinal);

        var error = Assert.Throws<MapDataException>(() => Read(json));

        Assert.Contains("no string property 'CVE_ENT'", error.Message);
    }

    [Fact]
    public void Two_geometries_with_one_code_are_a_map_data_error()
    {
        var json = TwoSquares.Replace("\"CVE_ENT\":\"02\"", "\"CVE_ENT\":\"01\"", StringComparison.Ordinal);

        var error = Assert.Throws<MapDataException>(() => Read(json));

        Assert.Contains("two geometries with CVE_ENT '01'", error.Message);
    }

    [Fact]
    public void Lines_are_not_states()
    {
        var json = TwoSquares.Replace("\"type\":\"Polygon\"", "\"type\":\"LineString\"", StringComparison.Ordinal);

        var error = Assert.Throws<MapDataException>(() => Read(json));

        Assert.Contains("'01' is a LineString", error.Message);
    }
}
