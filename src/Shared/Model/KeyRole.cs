namespace Boto3Assist.Shared.Model
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
