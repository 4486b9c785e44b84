using System;
using System.Text;

namespace Boto3Assist.Generators.Common
{
    /// <summary>An indenting text writer for generated C# (4 spaces, "\n" line ends so output is the same on every OS).</summary>
    internal sealed class SourceWriter
    {
        /// <summary>Generated lines longer than this are wrapped where an emitter can break them.</summary>
        public const int LineWidth = 130;

        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public void WriteLine(string line)
        {
            if (line.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _builder.Append(line);
            }

            _builder.Append('\n');
        }

        public void WriteLine() => _builder.Append('\n');

        /// <summary>Writes <paramref name="line"/> then "{" and indents.</summary>
        public void OpenBlock(string line)
        {
            WriteLine(line);
            OpenBlock();
        }

        public void OpenBlock()
        {
            WriteLine("{");
            _indent++;
        }

        public void CloseBlock(string suffix = "")
        {
            _indent = Math.Max(0, _indent - 1);
            WriteLine("}" + suffix);
        }

        /// <summary>
        /// <paramref name="head"/> and <paramref name="rest"/> on one line, a space between, when it fits in
        /// <see cref="LineWidth"/>; else <paramref name="rest"/> on the next line, indented.
        /// </summary>
        public void WriteWrapped(string head, string rest)
        {
            if (IndentWidth + head.Length + 1 + rest.Length <= LineWidth)
            {
                WriteLine(head + " " + rest);
                return;
            }

            WriteLine(head);
            Indent();
            WriteLine(rest);
            Unindent();
        }

        public void Indent() => _indent++;

        /// <summary>The width of the current indentation, in characters.</summary>
        public int IndentWidth => _indent * 4;

        public void Unindent() => _indent = Math.Max(0, _indent - 1);

        public override string ToString() => _builder.ToString();
    }
}
