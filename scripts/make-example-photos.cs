#:property ManagePackageVersionsCentrally=false
#:package NetVips@3.2.0
#:package NetVips.Native@8.18.7
// Makes the EXAMPLE photos of input/galeria/: synthetic scenes (no real people or places), saved with no
// metadata, as every photo must enter the repository (the build refuses sources that carry any).
// Run: dotnet run scripts/make-example-photos.cs -- <output folder>, or scripts/make-example-photos.sh.
using NetVips;

var folder = args.Length > 0 ? args[0] : ".";
Directory.CreateDirectory(folder);
var scenes = new (string Name, double[] Sky, double[] Ground, int People)[]
{
    ("plenaria", [70, 110, 160], [150, 120, 90], 7),
    ("mesa-de-trabajo", [200, 170, 120], [90, 80, 70], 5),
    ("clausura", [110, 150, 110], [60, 60, 90], 9),
};
foreach (var (name, sky, ground, people) in scenes)
{
    const int width = 1800, height = 1200;
    using var top = Image.Black(width, height / 2, bands: 3).NewFromImage(sky);
    using var bottom = Image.Black(width, height - height / 2, bands: 3).NewFromImage(ground);
    using var background = top.Join(bottom, Enums.Direction.Vertical);
    var scene = background.Mutate(m =>
    {
        for (var i = 0; i < people; i++)
        {
            var x = 150 + i * (width - 300) / Math.Max(1, people - 1);
            m.DrawCircle([230, 200, 170], x, 520, 55, fill: true);       // a head (the area one album hides)
            m.DrawRect([40 + i * 20, 60, 120], x - 80, 590, 160, 380, fill: true); // a body
        }

        m.DrawRect([245, 245, 245], 60, 60, 560, 110, fill: true);
    });
    using var label = Image.Text("FOTO DE EJEMPLO", dpi: 300, font: "sans bold 14");
    using var labelRgb = label.Colourspace(Enums.Interpretation.Srgb).Linear([-1, -1, -1], [255, 255, 255]);
    using var withLabel = scene.Insert(labelRgb.ExtractBand(0, 3), 80, 75);
    withLabel.Jpegsave(Path.Combine(folder, $"{name}.jpg"), q: 85, keep: Enums.ForeignKeep.None);
    scene.Dispose();
}
