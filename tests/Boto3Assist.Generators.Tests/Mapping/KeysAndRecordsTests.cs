using Amazon.DynamoDBv2.Model;
using Boto3Assist.DynamoDb;
using Boto3Assist.Generators.Tests.Models;

namespace Boto3Assist.Generators.Tests.Mapping;

public class KeyBuilderTests
{
    private static readonly DateTime May1 = new(2024, 5, 1, 10, 30, 0, DateTimeKind.Utc);

    private static Order NewOrder(OrderStatus? status = OrderStatus.Shipped) => new()
    {
        CustomerId = "c1",
        OrderId = "o1",
        OrderDate = May1,
        Status = status,
        Total = 12.5m,
    };

    [Fact]
    public void Key_builders_format_placeholders_with_their_formats()
    {
        Assert.Equal("CUSTOMER#c1", Order.Keys.PartitionKey("c1"));
        Assert.Equal("ORDER#2024-05-01#o1", Order.Keys.SortKey(May1, "o1"));
        Assert.Equal("STATUS#Shipped", Order.Keys.Gsi1.PartitionKey(OrderStatus.Shipped));
        Assert.Equal("2024-05-01T10:30:00.0000000Z", Order.Keys.Gsi1.SortKey(May1));
        Assert.Equal("TOTAL#000012.50#o1", Order.Keys.ByCustomerTotal.SortKey(12.5m, "o1"));
        Assert.Equal("000012.50", Order.Keys.ByTotal.SortKey(12.5m));
        Assert.Equal("gsi1", Order.Keys.Gsi1.IndexName);
        Assert.Equal("by-customer-total", Order.Keys.ByCustomerTotal.IndexName);
        Assert.Equal("by-total", Order.Keys.ByTotal.IndexName);
    }

    [Fact]
    public void An_enum_value_with_no_name_is_refused_by_the_key_builder_not_written_as_its_number()
    {
        var undefined = (OrderStatus)42;
        var error = Assert.Throws<DynamoMappingException>(() => Order.Keys.Gsi1.PartitionKey(undefined));
        Assert.Equal("Order", error.Entity);
        Assert.Equal("gsi1_pk", error.Attribute);
        Assert.Contains("OrderStatus", error.Message, StringComparison.Ordinal);
        Assert.Equal("42", error.Found); // the value is on the exception; the message quotes it only with ErrorValues.Show
        Assert.Contains("found a value with no name (value not shown)", error.Message, StringComparison.Ordinal);
        Assert.Throws<DynamoMappingException>(() => NewOrder(undefined).ToItem());
        Assert.Equal("STATUS#Cancelled", Order.Keys.Gsi1.PartitionKey((OrderStatus)2)); // a defined number still has its name
    }

    [Fact]
    public void Prefix_builders_take_the_first_N_placeholders_and_the_literal_after_them()
    {
        Assert.Equal("ORDER#", Order.Keys.SortKeyPrefix());
        Assert.Equal("ORDER#2024-05-01#", Order.Keys.SortKeyPrefix(May1));
        Assert.Equal("TOTAL#", Order.Keys.ByCustomerTotal.SortKeyPrefix());
        Assert.Equal("TOTAL#000012.50#", Order.Keys.ByCustomerTotal.SortKeyPrefix(12.5m));
        Assert.StartsWith(Order.Keys.SortKeyPrefix(May1), Order.Keys.SortKey(May1, "o1"), StringComparison.Ordinal);
    }

    [Fact]
    public void ToItem_uses_the_key_builders_and_PrimaryKey_matches_ToKey()
    {
        var order = NewOrder();
        var item = order.ToItem();

        Assert.Equal(Order.Keys.PartitionKey("c1"), item["pk"].S);
        Assert.Equal(Order.Keys.SortKey(May1, "o1"), item["sk"].S);
        Assert.Equal("STATUS#Shipped", item["gsi1_pk"].S);
        Assert.Equal(Order.Keys.Gsi1.SortKey(May1), item["gsi1_sk"].S);
        Assert.Equal("CUST#c1", item["gsi2pk"].S);
        Assert.Equal("TOTAL#000012.50#o1", item["gsi2sk"].S);
        Assert.Equal("000012.50", item["by-total_sk"].S);
        Assert.Equal("Order", item["_type"].S);

        var key = order.ToKey();
        var built = Order.Keys.PrimaryKey("c1", May1, "o1");
        Assert.Equal(new[] { "pk", "sk" }, key.Keys.OrderBy(k => k));
        Assert.Equal(key["pk"].S, built["pk"].S);
        Assert.Equal(key["sk"].S, built["sk"].S);
    }

    [Fact]
    public void A_null_GSI_placeholder_leaves_the_index_attributes_out()
    {
        var item = NewOrder(status: null).ToItem();

        Assert.False(item.ContainsKey("gsi1_pk"));
        Assert.False(item.ContainsKey("gsi1_sk"));
        Assert.True(item.ContainsKey("gsi2pk"));
        Assert.False(item.ContainsKey("Status"));
        Assert.Null(Order.FromItem(item).Status);
    }

    [Fact]
    public void Every_placeholder_type_has_a_stable_invariant_format()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var key = KeyFormats.Keys.PartitionKey(
            id, true, -5, 0.1, new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateTimeOffset(2024, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)),
            new DateOnly(2024, 1, 2), new TimeOnly(3, 4, 5), TimeSpan.FromMinutes(90), Color.Green, Color.Blue, 1.50m);

        Assert.Equal(
            "K#0f8fad5b-d9cb-469f-a165-70867728950e#true#-5#0.1#2024-01-02T03:04:05.0000000Z#2024-01-02T03:04:05.0000000+00:00#2024-01-02#03:04:05.0000000#01:30:00#Green#2#1.50",
            key);
        Assert.Equal("CONSTANT", KeyFormats.Keys.SortKey());
    }

    [Fact]
    public void Literal_braces_and_entities_nested_in_types_and_structs()
    {
        Assert.Equal("{X}#n", Outer.NestedEntity.Keys.PartitionKey("n"));
        var item = new Outer.NestedEntity { Name = "n", Value = 3 }.ToItem();
        Assert.Equal("{X}#n", item["pk"].S);
        Assert.Equal(3, Outer.NestedEntity.FromItem(item).Value);
        Assert.Equal("G#1", GlobalEntity.Keys.PartitionKey("1"));
    }

    [Fact]
    public void Key_builders_refuse_null_strings()
    {
        Assert.Throws<ArgumentNullException>(() => Order.Keys.PartitionKey(null!));
        Assert.Throws<ArgumentNullException>(() => Order.Keys.PrimaryKey("c", May1, null!));
    }

    [Fact]
    public void Member_keys_are_the_members_own_attributes()
    {
        var id = Guid.NewGuid();
        var user = new ClassicUser { UserId = id, Revision = 3, Email = "a@b.c", ExpiresEpoch = 1700000000 };
        var item = user.ToItem();

        Assert.Equal(id.ToString("D"), item["userId"].S);
        Assert.Equal("3", item["rev"].N);
        Assert.False(item.ContainsKey("revision"));
        Assert.Equal("EMAIL#a@b.c", item["by-email_pk"].S);
        var key = ClassicUser.Keys.PrimaryKey(id, 3);
        Assert.Equal(id.ToString("D"), key["userId"].S);
        Assert.Equal("3", key["rev"].N);
        Assert.Equal(2, user.ToKey().Count);
        Assert.Equal(3, ClassicUser.FromItem(item).Revision);
        Assert.Equal("42", new AuditEvent { EventNumber = 42 }.ToKey()["event_number"].N);
    }
}

public class NamingAndDiscriminatorTests
{
    [Fact]
    public void CamelCase_policy_rename_ignore_and_computed_members()
    {
        var item = new ClassicUser { UserId = Guid.Empty, Email = "e", DisplayName = "D", URLValue = "u", Transient = "t" }.ToItem();

        Assert.Equal("e", item["email"].S);
        Assert.Equal("D", item["display"].S);
        Assert.Equal("u", item["urlValue"].S);
        Assert.False(item.ContainsKey("transient"));
        Assert.False(item.ContainsKey("Transient"));
        Assert.False(item.ContainsKey("computed"));
        Assert.False(item.ContainsKey("_type"));
        Assert.Equal("not stored", ClassicUser.FromItem(item).Transient);
    }

    [Fact]
    public void SnakeCase_policy_and_custom_discriminator()
    {
        var item = new AuditEvent { EventNumber = 1, ActorName = "a", HTTPStatus = 404 }.ToItem();

        Assert.Equal("a", item["actor_name"].S);
        Assert.Equal("404", item["http_status"].N);
        Assert.Equal("evt", item["kind"].S);
        Assert.False(item.ContainsKey("_type"));
        Assert.Equal(404, AuditEvent.FromItem(item).HTTPStatus);
    }

    [Fact]
    public void Discriminator_defaults_to_the_CLR_name()
    {
        Assert.Equal("AllTypes", new AllTypes().ToItem()["_type"].S);
        Assert.Equal("_type", AllTypes.Metadata.DiscriminatorAttribute);
        Assert.Equal("AllTypes", AllTypes.Metadata.EntityType);
        Assert.Null(ClassicUser.Metadata.DiscriminatorAttribute);
        Assert.Null(ClassicUser.Metadata.EntityType);
        Assert.Equal("kind", AuditEvent.Metadata.DiscriminatorAttribute);
        Assert.Equal("evt", AuditEvent.Metadata.EntityType);
    }

    [Fact]
    public void An_item_without_a_version_attribute_reads_as_version_zero()
    {
        // Items another client, a batch or a plain PutItem wrote carry no version: the next versioned write accepts 0.
        var item = new Order { CustomerId = "c", OrderId = "o", Version = 3 }.ToItem();
        item.Remove("Version");

        Assert.Equal(0, Order.FromItem(item).Version);
    }

    [Fact]
    public void Ttl_members_are_stored_as_epoch_seconds()
    {
        var expires = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.FromHours(1));
        var order = new Order { CustomerId = "c", OrderId = "o", ExpiresAt = expires.AddMilliseconds(900) };
        var item = order.ToItem();
        Assert.Equal(expires.ToUnixTimeSeconds().ToString(), item["ExpiresAt"].N);
        Assert.Equal(expires, Order.FromItem(item).ExpiresAt);

        var purge = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var eventItem = new AuditEvent { EventNumber = 1, PurgeAt = purge }.ToItem();
        Assert.Equal("1893456000", eventItem["purge_at"].N);
        Assert.Equal(purge, AuditEvent.FromItem(eventItem).PurgeAt);
        Assert.Equal(DateTimeKind.Utc, AuditEvent.FromItem(eventItem).PurgeAt!.Value.Kind);

        var userItem = new ClassicUser { ExpiresEpoch = 1893456000 }.ToItem();
        Assert.Equal("1893456000", userItem["expiresEpoch"].N);
        Assert.False(new Order { CustomerId = "c", OrderId = "o" }.ToItem().ContainsKey("ExpiresAt"));
    }
}

public class RecordsAndConvertersTests
{
    [Fact]
    public void Primary_constructor_record_round_trips_through_its_constructor()
    {
        var product = new Product("sku-1", 7, Color.Blue, new Money(9.99m, "USD"), "USD") { Discount = new Money(1.5m, "USD"), Label = "Sale" };

        var item = product.ToItem();
        var back = Product.FromItem(item);

        Assert.Equal("2", item["Color"].N);
        Assert.Equal("9.99", item["price"].M["Amount"].N);
        Assert.Equal("1.5 USD", item["Discount"].S);
        Assert.Equal("SALE", item["Label"].S);
        Assert.Equal("PRODUCT#sku-1", item["pk"].S);
        Assert.Equal("V#0007", item["sk"].S);
        Assert.Equal(product with { Label = "sale" }, back);
    }

    [Fact]
    public void Absent_constructor_parameter_with_a_default_uses_the_default()
    {
        var item = new Product("s", 1, Color.Red, new Money(1, "EUR"), "GBP").ToItem();
        item.Remove("Currency");

        Assert.Equal("EUR", Product.FromItem(item).Currency);
    }

    [Fact]
    public void Absent_converter_member_is_null()
    {
        var back = Product.FromItem(new Product("s", 1, Color.Red, new Money(1, "EUR")).ToItem());

        Assert.Null(back.Discount);
        Assert.Null(back.Label);
    }

    [Fact]
    public void Generic_code_maps_any_entity_through_the_interface()
    {
        static T RoundTrip<T>(T entity) where T : IDynamoEntity<T> => T.FromItem(entity.ToItem());

        var product = new Product("s", 2, Color.Green, new Money(3, "EUR"));
        Assert.Equal(product, RoundTrip(product));
        Assert.Equal("products", GetTable<Product>());

        static string GetTable<T>() where T : IDynamoEntity<T> => T.Metadata.Table.TableName;
    }
}

public class FieldsTests
{
    [Fact]
    public void Fields_describe_members_with_their_attribute_names_and_stored_form()
    {
        Assert.Equal("CustomerId", Order.Fields.CustomerId.MemberName);
        Assert.Equal("CustomerId", Order.Fields.CustomerId.AttributeName);
        Assert.Equal("display", ClassicUser.Fields.DisplayName.AttributeName);
        Assert.Equal("Shipped", Order.Fields.Status.ToAttributeValue(OrderStatus.Shipped)!.S);
        Assert.Null(Order.Fields.Status.ToAttributeValue(null));
        Assert.Equal("12.5", Order.Fields.Total.ToAttributeValue(12.5m)!.N);
        Assert.Equal("1893456000", AuditEvent.Fields.PurgeAt.ToAttributeValue(new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc))!.N);
        Assert.Equal("2", Product.Fields.Color.ToAttributeValue(Color.Blue)!.N);
        Assert.Equal("X EUR", Product.Fields.Discount.ToAttributeValue(null) is null ? "X EUR" : "wrong");
        Assert.Null(AllTypes.Fields.StringSet.ToAttributeValue(new HashSet<string>()));
        Assert.Equal(new[] { "a" }, AllTypes.Fields.StringSet.ToAttributeValue(new HashSet<string> { "a" })!.SS);
        Assert.Equal("Sku", Order.Fields.Lines.ToAttributeValue(new List<OrderLine> { new() { Sku = "s" } })!.L[0].M.Keys.First());
    }
}

public class MetadataTests
{
    [Fact]
    public void Table_definition_lists_keys_indexes_and_ttl()
    {
        var table = Order.Metadata.Table;

        Assert.Equal("orders", table.TableName);
        Assert.Equal("pk", table.PartitionKey.AttributeName);
        Assert.Equal(DynamoKeyType.String, table.PartitionKey.Type);
        Assert.Equal("CUSTOMER#{CustomerId}", table.PartitionKey.Template);
        Assert.Equal(new[] { "CustomerId" }, table.PartitionKey.SourceMembers);
        Assert.Equal(new[] { "OrderDate", "OrderId" }, table.SortKey!.SourceMembers);
        Assert.Equal("ExpiresAt", table.TimeToLiveAttribute);
        Assert.Equal(new[] { "gsi1", "by-customer-total", "by-total" }, table.Indexes.Select(i => i.IndexName));
        var lsi = table.Indexes.Single(i => i.IsLocal);
        Assert.Equal("pk", lsi.PartitionKey.AttributeName);
        Assert.Equal("by-total_sk", lsi.SortKey!.AttributeName);
        Assert.Equal("gsi2pk", table.Indexes[1].PartitionKey.AttributeName);
        Assert.Equal(new[] { "Status" }, table.Indexes[0].PartitionKey.SourceMembers);
        Assert.Equal("Version", Order.Metadata.VersionAttribute);
    }

    [Fact]
    public void Member_keys_have_their_member_type()
    {
        var table = ClassicUser.Metadata.Table;

        Assert.Equal("userId", table.PartitionKey.AttributeName);
        Assert.Equal(DynamoKeyType.String, table.PartitionKey.Type);
        Assert.Null(table.PartitionKey.Template);
        Assert.Equal(new[] { "UserId" }, table.PartitionKey.SourceMembers);
        Assert.Equal("rev", table.SortKey!.AttributeName);
        Assert.Equal(DynamoKeyType.Number, table.SortKey.Type);
        Assert.Equal("expiresEpoch", table.TimeToLiveAttribute);
        Assert.Null(ClassicUser.Metadata.VersionAttribute);
    }

    [Fact]
    public void Members_flag_primary_key_sources()
    {
        var members = Order.Metadata.Members.ToDictionary(m => m.MemberName);

        Assert.True(members["CustomerId"].IsPrimaryKeySource);
        Assert.True(members["OrderDate"].IsPrimaryKeySource);
        Assert.False(members["Status"].IsPrimaryKeySource);
        Assert.False(members["Total"].IsPrimaryKeySource);
        Assert.DoesNotContain("Transient", ClassicUser.Metadata.Members.Select(m => m.MemberName));
        Assert.DoesNotContain("Computed", ClassicUser.Metadata.Members.Select(m => m.MemberName));
        Assert.Equal("display", ClassicUser.Metadata.Members.Single(m => m.MemberName == "DisplayName").AttributeName);
    }
}
