using Micrositio.Tests.Support;
using Micrositio.Validate;

namespace Micrositio.Tests.Validate;

/// <summary>The README's content guide documents every key the validator accepts.</summary>
public sealed class SchemaDocumentationTests
{
    public static TheoryData<string, string> Keys()
    {
        var data = new TheoryData<string, string>();
        foreach (var schema in ContentSchemas.All)
        {
            foreach (var field in schema.Fields)
            {
                data.Add(schema.Name, field.Key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Readme_documents_the_key(string schema, string key)
    {
        var readme = Path.Combine(Repository.Root, "README.md");
        Assert.True(File.Exists(readme), "README.md does not exist yet.");

        Assert.True(File.ReadAllText(readme).Contains($"`{key}`", StringComparison.Ordinal), $"README.md does not document «{key}» of {schema} (expected it in backticks: `{key}`).");
    }
}
