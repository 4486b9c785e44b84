namespace Boto3Assist.Analyzers.Model
{
    internal enum KeyRole
    {
        TablePartition,
        TableSort,
        GsiPartition,
        GsiSort,
        LsiSort,
    }
}
