using Boto3Assist.Generators.Tests.Infrastructure;

namespace Boto3Assist.Generators.Tests.Generator;

/// <summary>
/// A base with [DynamoDerivedType]s gets IDynamoEntity&lt;Base&gt;: FromItem picks the derived type by discriminator (the
/// default type for items without one), ToItem/ToKey write the derived item (a subtype before its base), Match/Switch are
/// exhaustive; a blocked base gets nothing, and its derived entities still compile cleanly.
/// </summary>
public class PolymorphicBaseTests
{
    private const string Zoo = """
        using System.Collections.Generic;
        using Amazon.DynamoDBv2.Model;
        using Boto3Assist.DynamoDb;

        namespace Zoo;

        public static partial class Keeper
        {
            [DynamoDerivedType(typeof(Dog), IsDefault = true)]
            [DynamoDerivedType(typeof(Puppy))]
            [DynamoDerivedType(typeof(Cat))]
            public abstract partial class Animal
            {
                public string Name { get; set; } = "";
            }

            [DynamoTable("zoo", EntityType = "Dog")]
            [PartitionKey("ANIMAL#{Name}")]
            public partial class Dog : Animal
            {
                public int Barks { get; set; }
            }

            [DynamoTable("zoo", EntityType = "Puppy")]
            [PartitionKey("ANIMAL#{Name}")]
            public sealed partial class Puppy : Dog
            {
                public int AgeInWeeks { get; set; }
            }

            [DynamoTable("zoo", EntityType = "Cat")]
            [PartitionKey("ANIMAL#{Name}")]
            [GsiKey("gsi1", "LIVES#{Lives}")]
            public sealed partial class Cat : Animal
            {
                public int Lives { get; set; }
            }
        }

        public static class Probe
        {
            public static string Run()
            {
                var results = new List<string>();
                Keeper.Animal puppy = new Keeper.Puppy { Name = "rex", AgeInWeeks = 9 };
                var item = puppy.ToItem();
                results.Add(item["_type"].S + " " + item["AgeInWeeks"].N + " " + puppy.ToKey()["pk"].S);
                results.Add(Describe(Keeper.Animal.FromItem(item)));
                results.Add(Describe(Keeper.Animal.FromItem(new Keeper.Cat { Name = "tom", Lives = 9 }.ToItem())));

                var untyped = new Keeper.Dog { Name = "old", Barks = 2 }.ToItem();
                untyped.Remove("_type");
                results.Add(Describe(Keeper.Animal.FromItem(untyped)));

                var bird = new Keeper.Dog { Name = "tweety" }.ToItem();
                bird["_type"] = new AttributeValue { S = "Bird" };
                try
                {
                    Keeper.Animal.FromItem(bird);
                }
                catch (DynamoUnknownEntityTypeException error)
                {
                    results.Add(error.BaseEntity + ":" + error.StoredType + ":" + string.Join("|", error.KnownTypes));
                }

                var metadata = Keeper.Animal.Metadata;
                results.Add(metadata.EntityName + " " + (metadata.EntityType ?? "null") + " " + string.Join("|", metadata.DerivedEntityTypes!) + " " + string.Join("|", System.Linq.Enumerable.Select(metadata.Table.Indexes, i => i.IndexName)));
                return string.Join("\n", results);
            }

            private static string Describe(Keeper.Animal animal) => animal.Match(
                dog: d => "dog " + d.Name + " " + d.Barks,
                puppy: p => "puppy " + p.Name + " " + p.AgeInWeeks,
                cat: c => "cat " + c.Name + " " + c.Lives);
        }
        """;

    [Fact]
    public void A_hierarchy_reads_by_discriminator_and_writes_the_derived_item()
    {
        var output = GeneratorHarness.Run(Zoo).AssertCompilesCleanly();
        Assert.Contains(output.RunResult.Results.SelectMany(r => r.GeneratedSources), s => s.HintName == "Zoo.Keeper.Animal.DynamoPolymorphic.g.cs");

        var probe = GeneratorHarness.Load(output).GetType("Zoo.Probe")!.GetMethod("Run")!;
        var lines = ((string)probe.Invoke(null, null)!).Split('\n');

        Assert.Equal(
            [
                "Puppy 9 ANIMAL#rex",        // the deepest type wins: a Puppy is written as a Puppy, not as a Dog
                "puppy rex 9",
                "cat tom 9",
                "dog old 2",                 // no discriminator: the default type
                "Animal:Bird:Dog|Puppy|Cat",
                "Animal null Dog|Puppy|Cat gsi1",
            ],
            lines);
    }

    [Fact]
    public void A_blocked_base_gets_no_code_and_its_derived_entities_still_compile_cleanly()
    {
        var output = GeneratorHarness.Run("""
            using Boto3Assist.DynamoDb;

            namespace Zoo;

            [DynamoDerivedType(typeof(Dog))]
            [DynamoDerivedType(typeof(Cat))]
            public abstract partial class Animal
            {
                public string Name { get; set; } = "";
            }

            [DynamoTable("dogs", EntityType = "Dog")]
            [PartitionKey("DOG#{Name}")]
            public sealed partial class Dog : Animal
            {
            }

            [DynamoTable("cats", EntityType = "Cat")]
            [PartitionKey("CAT#{Name}")]
            public sealed partial class Cat : Animal
            {
            }
            """).AssertCompilesCleanly();

        var hints = output.RunResult.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToList();
        Assert.DoesNotContain(hints, h => h.Contains("Polymorphic", StringComparison.Ordinal));
        Assert.Contains("Zoo.Dog.DynamoEntity.g.cs", hints);
        Assert.DoesNotContain("public new ", output.Sources["Zoo.Dog.DynamoEntity.g.cs"], StringComparison.Ordinal);
    }
}
