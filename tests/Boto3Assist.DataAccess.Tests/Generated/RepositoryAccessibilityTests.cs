namespace Boto3Assist.DataAccess.Tests.Generated;

/// <summary>
/// The generated repository extensions take the entity's accessibility: public for a public entity (callable from the
/// model library's users in other assemblies), internal for an internal one.
/// </summary>
public sealed class RepositoryAccessibilityTests
{
    [Fact]
    public void A_public_entity_gets_public_repository_extensions()
    {
        Assert.True(typeof(ShopOrderRepositoryExtensions).IsPublic);
        Assert.True(typeof(ShopCustomerRepositoryExtensions).IsPublic);
        Assert.Contains(typeof(ShopOrderRepositoryExtensions).GetMethods(), m => m.Name == "GetAsync" && m.IsPublic && m.IsStatic);
    }

    [Fact]
    public void An_internal_entity_gets_internal_repository_extensions()
    {
        Assert.False(typeof(ShopNote).IsPublic);
        Assert.False(typeof(ShopNoteRepositoryExtensions).IsPublic);
        Assert.True(typeof(ShopNoteRepositoryExtensions).IsNotPublic);
    }
}
