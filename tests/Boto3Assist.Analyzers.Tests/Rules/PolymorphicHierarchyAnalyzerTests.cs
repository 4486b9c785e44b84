using Verify = Boto3Assist.Analyzers.Tests.Verifiers.AnalyzerVerifier<Boto3Assist.Analyzers.Rules.PolymorphicHierarchyAnalyzer>;

namespace Boto3Assist.Analyzers.Tests.Rules;

public class PolymorphicHierarchyAnalyzerTests
{
    private const string Derived = """
        [DynamoTable("github", EntityType = "User", SharedKeySpace = "account")]
        [PartitionKey("ACCOUNT#{Username}", AttributeName = "PK")]
        [SortKey("ACCOUNT#{Username}", AttributeName = "SK")]
        public sealed partial class User : Account
        {
            public string Username { get; set; } = "";
        }

        """;

    [Fact]
    public Task A_hierarchy_on_one_table_and_key_layout_is_clean() => Verify.VerifyAsync(Derived + """
        [DynamoDerivedType(typeof(User))]
        [DynamoDerivedType(typeof(Organization), IsDefault = true)]
        public abstract partial class Account
        {
            public string Name { get; set; } = "";
        }

        [DynamoTable("github", EntityType = "Organization", SharedKeySpace = "account")]
        [PartitionKey("ACCOUNT#{OrganizationName}", AttributeName = "PK")]
        [SortKey("ACCOUNT#{OrganizationName}", AttributeName = "SK")]
        public sealed partial class Organization : Account
        {
            public string OrganizationName { get; set; } = "";
        }

        public class NotABase { }
        """);

    [Fact]
    public Task Another_table_is_reported_on_the_attribute_naming_the_type() => Verify.VerifyAsync(Derived + """
        [DynamoDerivedType(typeof(User))]
        [{|#0:DynamoDerivedType(typeof(Organization))|}]
        public abstract partial class Account
        {
        }

        [DynamoTable("orgs", EntityType = "Organization")]
        [PartitionKey("ACCOUNT#{OrganizationName}", AttributeName = "PK")]
        [SortKey("ACCOUNT#{OrganizationName}", AttributeName = "SK")]
        public sealed partial class Organization : Account
        {
            public string OrganizationName { get; set; } = "";
        }
        """, [Verify.Diagnostic("B3A0016").WithLocation(0).WithArguments("Account", "'Organization' is stored in table 'orgs', another table than 'User'; types read through one base share one table layout")]);

    [Fact]
    public Task Another_sort_key_attribute_is_reported() => Verify.VerifyAsync(Derived + """
        [DynamoDerivedType(typeof(User))]
        [{|#0:DynamoDerivedType(typeof(Organization))|}]
        public abstract partial class Account
        {
        }

        [DynamoTable("github", EntityType = "Organization", SharedKeySpace = "account")]
        [PartitionKey("ACCOUNT#{OrganizationName}", AttributeName = "PK")]
        [SortKey("ACCOUNT#{OrganizationName}", AttributeName = "sk")]
        public sealed partial class Organization : Account
        {
            public string OrganizationName { get; set; } = "";
        }
        """, [Verify.Diagnostic("B3A0016").WithLocation(0).WithArguments("Account", "'Organization' has sort key attribute 'sk', another one than 'User'; types read through one base share one table layout")]);

    [Fact]
    public Task A_duplicate_discriminator_value_is_reported() => Verify.VerifyAsync(Derived + """
        [DynamoDerivedType(typeof(User))]
        [{|#0:DynamoDerivedType(typeof(Bot))|}]
        public abstract partial class Account
        {
        }

        [DynamoTable("github", EntityType = "User", SharedKeySpace = "account")]
        [PartitionKey("ACCOUNT#{BotName}", AttributeName = "PK")]
        [SortKey("ACCOUNT#{BotName}", AttributeName = "SK")]
        public sealed partial class Bot : Account
        {
            public string BotName { get; set; } = "";
        }
        """, [Verify.Diagnostic("B3A0016").WithLocation(0).WithArguments("Account", "'Bot' and 'User' both store the discriminator value 'User'")]);

    [Fact]
    public Task A_type_that_is_not_an_entity_or_not_derived_is_reported() => Verify.VerifyAsync(Derived + """
        [DynamoDerivedType(typeof(User))]
        [{|#0:DynamoDerivedType(typeof(Team))|}]
        [{|#1:DynamoDerivedType(typeof(Stranger))|}]
        public abstract partial class Account
        {
        }

        public sealed class Team : Account
        {
        }

        [DynamoTable("github", EntityType = "Stranger")]
        [PartitionKey("STRANGER#{Id}", AttributeName = "PK")]
        [SortKey("STRANGER#{Id}", AttributeName = "SK")]
        public sealed partial class Stranger
        {
            public string Id { get; set; } = "";
        }
        """, [
            Verify.Diagnostic("B3A0016").WithLocation(0).WithArguments("Account", "'Team' is not a [DynamoTable] entity"),
            Verify.Diagnostic("B3A0016").WithLocation(1).WithArguments("Account", "'Stranger' does not derive from 'Account'"),
        ]);

    [Fact]
    public Task A_base_that_is_an_entity_or_not_partial_is_reported() => Verify.VerifyAsync(Derived + """
        [DynamoDerivedType(typeof(User))]
        [DynamoTable("github")]
        [PartitionKey("ACCOUNT#{Name}")]
        public abstract class {|#0:Account|}
        {
            public string Name { get; set; } = "";
        }
        """, [
            Verify.Diagnostic("B3A0016").WithLocation(0).WithArguments("Account", "it is not partial"),
            Verify.Diagnostic("B3A0016").WithLocation(0).WithArguments("Account", "it has [DynamoTable] itself; a polymorphic base declares no table: its derived types do"),
        ]);

    [Fact]
    public Task Two_defaults_are_reported() => Verify.VerifyAsync(Derived + """
        [DynamoDerivedType(typeof(User), IsDefault = true)]
        [{|#0:DynamoDerivedType(typeof(Organization), IsDefault = true)|}]
        public abstract partial class Account
        {
        }

        [DynamoTable("github", EntityType = "Organization", SharedKeySpace = "account")]
        [PartitionKey("ACCOUNT#{OrganizationName}", AttributeName = "PK")]
        [SortKey("ACCOUNT#{OrganizationName}", AttributeName = "SK")]
        public sealed partial class Organization : Account
        {
            public string OrganizationName { get; set; } = "";
        }
        """, [Verify.Diagnostic("B3A0016").WithLocation(0).WithArguments("Account", "more than one derived type is IsDefault")]);
}
