using System;

namespace Boto3Assist.Observability;

/// <summary>
/// Whether values taken from data (key values, attribute values, text that failed to parse) may appear in the
/// messages of the library's exceptions. Off by default, like message bodies in logs
/// (<c>LogMessageContent</c>): exception messages end up in logs and traces whenever a caller logs the exception, and
/// keys and attributes often hold personal data. Entities, attribute paths, what was expected and the DynamoDB type
/// found are always in the message; the values stay available to code on the exceptions' properties
/// (<c>Key</c>, <c>Failures[i].Key</c>, <c>CurrentItem</c>...).
/// </summary>
/// <remarks>
/// Turn it on in development with <c>ErrorValues.Show = true;</c> at start-up, or for a whole app with the
/// <c>Boto3Assist.ShowValuesInErrors</c> runtime switch
/// (<c>&lt;RuntimeHostConfigurationOption Include="Boto3Assist.ShowValuesInErrors" Value="true" /&gt;</c>).
/// </remarks>
public static class ErrorValues
{
    /// <summary>The runtime switch that turns <see cref="Show"/> on at start-up.</summary>
    public const string SwitchName = "Boto3Assist.ShowValuesInErrors";

    private static volatile bool s_show = AppContext.TryGetSwitch(SwitchName, out var on) && on;

    /// <summary>Whether exception messages may quote values from data. Off by default.</summary>
    public static bool Show
    {
        get => s_show;
        set => s_show = value;
    }

    /// <summary><paramref name="value"/> when values are shown, else <paramref name="hidden"/>.</summary>
    internal static string Or(string value, string hidden) => s_show ? value : hidden;
}
