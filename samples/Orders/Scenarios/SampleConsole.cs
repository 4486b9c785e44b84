namespace Orders.Scenarios;

/// <summary>The sample's console output: sections, indented lines, and checks that count failures for the exit code.</summary>
public sealed class SampleConsole
{
    private readonly TextWriter _out;

    public SampleConsole(TextWriter output) => _out = output;

    /// <summary>How many checks ran.</summary>
    public int Checks { get; private set; }

    /// <summary>How many checks failed; the sample exits with a non-zero code when any did.</summary>
    public int Failures { get; private set; }

    public void Section(string title)
    {
        _out.WriteLine();
        _out.WriteLine(title);
        _out.WriteLine(new string('-', title.Length));
    }

    public void Line(string text = "") => _out.WriteLine("  " + text);

    /// <summary>Prints "ok" or "MISMATCH" for one expectation; a mismatch also prints what was expected and found.</summary>
    public bool Check(bool ok, string what, string? expected = null, string? found = null)
    {
        Checks++;
        if (ok)
        {
            _out.WriteLine($"  ok        {what}");
            return true;
        }

        Failures++;
        _out.WriteLine($"  MISMATCH  {what}");
        if (expected is not null || found is not null)
        {
            _out.WriteLine($"            expected: {expected}");
            _out.WriteLine($"            found:    {found}");
        }

        return false;
    }

    /// <summary>Checks two values are equal, printing both on a mismatch.</summary>
    public bool CheckEqual<T>(T expected, T found, string what)
        => Check(EqualityComparer<T>.Default.Equals(expected, found), what, expected?.ToString(), found?.ToString());
}
