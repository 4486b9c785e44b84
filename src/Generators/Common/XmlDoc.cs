namespace Boto3Assist.Generators.Common
{
    /// <summary>Text written into generated XML doc comments.</summary>
    internal static class XmlDoc
    {
        /// <summary>Escapes XML and folds line breaks, which would end the <c>///</c> comment, into spaces.</summary>
        public static string Text(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
    }
}
