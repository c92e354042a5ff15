namespace Micrositio.Render.Maps;

/// <summary>
/// Spherical Lambert conformal conic projection, in metres with y pointing north. A sphere is enough for a
/// map drawn a few hundred pixels wide; the ellipsoidal form would move points by well under a pixel.
/// </summary>
internal sealed class LambertConformalConic
{
    private const double EarthRadius = 6_371_000;

    private readonly double n;
    private readonly double f;
    private readonly double rho0;
    private readonly double centralMeridian;
    private readonly double falseEasting;
    private readonly double falseNorthing;

    public LambertConformalConic(double standardParallel1, double standardParallel2, double latitudeOfOrigin,
        double centralMeridian, double falseEasting = 0, double falseNorthing = 0)
    {
        var phi1 = Radians(standardParallel1);
        var phi2 = Radians(standardParallel2);
        n = standardParallel1 == standardParallel2
            ? Math.Sin(phi1)
            : Math.Log(Math.Cos(phi1) / Math.Cos(phi2)) / Math.Log(TanHalf(phi2) / TanHalf(phi1));
        f = Math.Cos(phi1) * Math.Pow(TanHalf(phi1), n) / n;
        rho0 = Rho(Radians(latitudeOfOrigin));
        this.centralMeridian = centralMeridian;
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
    }

    /// <summary>INEGI's "Mexico ITRF2008 / LCC" (EPSG:6372) parameters, on a sphere.</summary>
    public static LambertConformalConic Mexico { get; } = new(17.5, 29.5, 12, -102, falseEasting: 2_500_000);

    public (double X, double Y) Project(double longitude, double latitude)
    {
        var rho = Rho(Radians(latitude));
        var theta = n * Radians(longitude - centralMeridian);
        return (falseEasting + rho * Math.Sin(theta), falseNorthing + rho0 - rho * Math.Cos(theta));
    }

    private double Rho(double phi) => EarthRadius * f / Math.Pow(TanHalf(phi), n);

    private static double TanHalf(double phi) => Math.Tan(Math.PI / 4 + phi / 2);

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
