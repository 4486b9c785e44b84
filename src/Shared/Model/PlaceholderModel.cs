using Boto3Assist.Shared;

namespace Boto3Assist.Shared.Model
{
    /// <summary>One <c>{Member}</c> of a key template and the member it names.</summary>
    internal sealed class PlaceholderModel
    {
        public PlaceholderModel(KeyModel key, KeyTemplateSegment segment, int index, MemberModel? member)
        {
            Key = key;
            Segment = segment;
            Index = index;
            Member = member;
        }

        public KeyModel Key { get; }

        public KeyTemplateSegment Segment { get; }

        /// <summary>Position of the segment in the template's segment list.</summary>
        public int Index { get; }

        public MemberModel? Member { get; }

        public string Name => Segment.Text;

        public string? Format => Segment.Format;
    }
}
