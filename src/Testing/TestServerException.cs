using System;

namespace Boto3Assist.Testing;

/// <summary>
/// Thrown when a test server cannot be obtained or started: a missing tool (Java, javac, npm, Node), a failed
/// download, or a server that did not answer in time. The message says what is missing and how to fix it.
/// </summary>
public sealed class TestServerException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TestServerException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
