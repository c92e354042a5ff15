namespace Micrositio.Load;

/// <summary>Why a YAML text could not be read, and where: a line of the file and a Spanish message with its fix.</summary>
public sealed record YamlProblem(int Line, string Message, string Hint);
