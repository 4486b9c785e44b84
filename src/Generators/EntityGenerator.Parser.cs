using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Generators
{
    public sealed partial class EntityGenerator
    {
        /// <summary>
        /// Turns a <c>[DynamoTable]</c> symbol into an <see cref="EntitySpec"/>, or null when the model cannot be generated
        /// (the analyzers report why; the generator stays silent and never throws).
        /// </summary>
        internal sealed class Parser
        {
            private const string AttributeNamespace = "Boto3Assist.DynamoDb.";
            private const string PartitionKeyAttribute = AttributeNamespace + "PartitionKeyAttribute";
            private const string SortKeyAttribute = AttributeNamespace + "SortKeyAttribute";
            private const string GsiKeyAttribute = AttributeNamespace + "GsiKeyAttribute";
            private const string LsiKeyAttribute = AttributeNamespace + "LsiKeyAttribute";
            private const string TtlAttribute = AttributeNamespace + "TtlAttribute";
            private const string VersionAttribute = AttributeNamespace + "DynamoVersionAttribute";
            private const string DynamoAttributeAttribute = AttributeNamespace + "DynamoAttributeAttribute";

            private static readonly SymbolDisplayFormat NameWithoutGenerics = new SymbolDisplayFormat(
                globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Included,
                typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
                genericsOptions: SymbolDisplayGenericsOptions.None,
                miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

            private static readonly string[] ReservedKeyMemberNames = { "PartitionKey", "SortKey", "SortKeyPrefix", "PrimaryKey", "IndexName", "Keys" };

            private readonly CancellationToken _cancellationToken;
            private readonly int _namingPolicy;
            private readonly Dictionary<string, string> _nestedIds = new Dictionary<string, string>(StringComparer.Ordinal);
            private readonly List<ObjectSpec> _nested = new List<ObjectSpec>();
            private readonly Dictionary<string, ConverterSpec> _converters = new Dictionary<string, ConverterSpec>(StringComparer.Ordinal);

            private Parser(int namingPolicy, CancellationToken cancellationToken)
            {
                _namingPolicy = namingPolicy;
                _cancellationToken = cancellationToken;
            }

            /// <summary>The spec, or null when the model cannot be generated. Never throws (except on cancellation).</summary>
            public static EntitySpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            {
                try
                {
                    if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.Length == 0 || !OwnsFirstTableAttribute(context, type))
                    {
                        return null;
                    }

                    var table = context.Attributes[0];
                    var namingPolicy = NamedInt(table, "NamingPolicy") ?? AttributeNaming.AsIs;
                    return new Parser(namingPolicy, cancellationToken).ParseEntity(type, table);
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
                catch (Exception)
                {
                    // Unsupported or malformed model (see UnsupportedModelException) or a bug: generate nothing rather
                    // than break the user's build with CS8785. The analyzers explain what is wrong.
                    return null;
                }
            }

            /// <summary>
            /// With [DynamoTable] on two declarations of one partial type (a compile error of its own), only the declaration
            /// holding the first one produces a spec, so one type never yields two files with the same name.
            /// </summary>
            private static bool OwnsFirstTableAttribute(GeneratorAttributeSyntaxContext context, INamedTypeSymbol type)
            {
                SyntaxReference? first = null;
                foreach (var attribute in type.GetAttributes())
                {
                    if (attribute.AttributeClass is { } cls && MemberTypeClassifier.FullName(cls) == "Boto3Assist.DynamoDb.DynamoTableAttribute"
                        && attribute.ApplicationSyntaxReference is { } reference
                        && (first is null || string.CompareOrdinal(reference.SyntaxTree.FilePath, first.SyntaxTree.FilePath) < 0
                            || (reference.SyntaxTree.FilePath == first.SyntaxTree.FilePath && reference.Span.Start < first.Span.Start)))
                    {
                        first = reference;
                    }
                }

                return first is null || (first.SyntaxTree == context.TargetNode.SyntaxTree && context.TargetNode.Span.Contains(first.Span));
            }

            private EntitySpec ParseEntity(INamedTypeSymbol type, AttributeData table)
            {
                // The same decision the analyzers report (B3A0001, B3A0014), so nothing is skipped without a diagnostic.
                if (EntityEligibility.Check(type) is { } ineligible)
                {
                    throw Unsupported(ineligible.Reason);
                }

                var containing = new List<ContainingTypeSpec>();
                for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
                {
                    containing.Insert(0, new ContainingTypeSpec(Keyword(outer), outer.Name));
                }

                var tableName = table.ConstructorArguments.Length > 0 ? table.ConstructorArguments[0].Value as string : null;
                if (string.IsNullOrEmpty(tableName))
                {
                    throw Unsupported("no table name");
                }

                var entityType = NamedString(table, "EntityType") ?? type.Name;
                var writeEntityType = NamedBool(table, "WriteEntityType") ?? true;
                var discriminator = writeEntityType ? (NamedString(table, "DiscriminatorAttribute") ?? "_type") : null;
                if (discriminator is not null && discriminator.Length == 0)
                {
                    throw Unsupported("empty discriminator attribute");
                }

                var mapped = MappedMemberSelector.Select(type);
                var constructor = MappedMemberSelector.FindConstructor(type) ?? throw Unsupported("no usable constructor");

                // Table keys: a template on the type or a [PartitionKey]/[SortKey] member, never both.
                var typePk = MappedMemberSelector.FindAttribute(type, PartitionKeyAttribute);
                var typeSk = MappedMemberSelector.FindAttribute(type, SortKeyAttribute);
                var memberPk = mapped.Where(m => MappedMemberSelector.FindAttribute(m, PartitionKeyAttribute) is not null).ToList();
                var memberSk = mapped.Where(m => MappedMemberSelector.FindAttribute(m, SortKeyAttribute) is not null).ToList();
                if ((typePk is null ? 0 : 1) + memberPk.Count != 1 || (typeSk is null ? 0 : 1) + memberSk.Count > 1)
                {
                    throw Unsupported("exactly one partition key and at most one sort key");
                }

                var keyMemberNames = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var m in memberPk)
                {
                    keyMemberNames[m.Name] = NamedString(MappedMemberSelector.FindAttribute(m, PartitionKeyAttribute)!, "AttributeName");
                }

                foreach (var m in memberSk)
                {
                    keyMemberNames[m.Name] = NamedString(MappedMemberSelector.FindAttribute(m, SortKeyAttribute)!, "AttributeName");
                }

                var shape = ParseObject(type, mapped, constructor, isEntity: true, keyMemberNames);

                KeySpec partitionKey = typePk is not null
                    ? TemplateKey(type, mapped, TemplateArgument(typePk, 0), NamedString(typePk, "AttributeName") ?? "pk")
                    : MemberKey(shape, memberPk[0]);
                KeySpec? sortKey = typeSk is not null
                    ? TemplateKey(type, mapped, TemplateArgument(typeSk, 0), NamedString(typeSk, "AttributeName") ?? "sk")
                    : memberSk.Count == 1 ? MemberKey(shape, memberSk[0]) : null;

                var indexes = ParseIndexes(type, mapped);

                var primarySources = new HashSet<string>(partitionKey.Parameters.Select(p => p.MemberName).Concat(sortKey?.Parameters.Select(p => p.MemberName) ?? Enumerable.Empty<string>()), StringComparer.Ordinal);
                var members = shape.Members.Select(m => m with { IsPrimaryKeySource = primarySources.Contains(m.Name) }).ToEquatableArray();
                shape = shape with { Members = members };

                var ttl = members.Where(m => m.IsTtl).ToList();
                var version = members.Where(m => m.IsVersion).ToList();
                if (ttl.Count > 1 || version.Count > 1)
                {
                    throw Unsupported("at most one [Ttl] and one [DynamoVersion] member");
                }

                var attributeNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var name in members.Where(m => !keyMemberNames.ContainsKey(m.Name)).Select(m => m.AttributeName)
                    .Concat(KeyAttributeNames(partitionKey, sortKey, indexes))
                    .Concat(discriminator is null ? Enumerable.Empty<string>() : new[] { discriminator }))
                {
                    if (name.Length == 0 || !attributeNames.Add(name))
                    {
                        throw Unsupported("two values would be stored under attribute '" + name + "'");
                    }
                }

                var ns = type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
                var hint = string.Join(".", new[] { ns }.Concat(containing.Select(c => c.Name)).Concat(new[] { type.Name }).Where(s => s.Length > 0)) + ".DynamoEntity.g.cs";

                return new EntitySpec(
                    ns,
                    containing.ToEquatableArray(),
                    Keyword(type),
                    type.Name,
                    TypeName(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
                    hint,
                    tableName!,
                    entityType,
                    discriminator,
                    shape,
                    partitionKey,
                    sortKey,
                    indexes,
                    ttl.Count == 1 ? ttl[0].AttributeName : null,
                    version.Count == 1 ? version[0].AttributeName : null,
                    _nested.ToEquatableArray(),
                    _converters.Values.OrderBy(c => c.FieldName, StringComparer.Ordinal).ToEquatableArray(),
                    HidesInherited(type),
                    IsPubliclyVisible(type));
            }

            /// <summary>
            /// True when the type can be named from another assembly: it and every type containing it are declared public
            /// (protected or internal anywhere in the chain hides it).
            /// </summary>
            private static bool IsPubliclyVisible(INamedTypeSymbol type)
            {
                for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
                {
                    if (current.DeclaredAccessibility != Accessibility.Public)
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>
            /// True when a base type is an entity too (its generated Keys, Fields, Metadata, ToItem... are not visible here,
            /// generators do not see each other's output) or declares one of those names: ours must then be <c>new</c>.
            /// </summary>
            private static bool HidesInherited(INamedTypeSymbol type)
            {
                for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
                {
                    if (MappedMemberSelector.FindAttribute(current, "Boto3Assist.DynamoDb.DynamoTableAttribute") is not null
                        || current.GetMembers().Any(m => EntityEligibility.IsGeneratedMemberName(m.Name) && m.DeclaredAccessibility != Accessibility.Private))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static IEnumerable<string> KeyAttributeNames(KeySpec partitionKey, KeySpec? sortKey, EquatableArray<IndexSpec> indexes)
            {
                yield return partitionKey.AttributeName;
                if (sortKey is not null)
                {
                    yield return sortKey.AttributeName;
                }

                foreach (var index in indexes)
                {
                    if (index.PartitionKey is not null)
                    {
                        yield return index.PartitionKey.AttributeName;
                    }

                    if (index.SortKey is not null)
                    {
                        yield return index.SortKey.AttributeName;
                    }
                }
            }

            private EquatableArray<IndexSpec> ParseIndexes(INamedTypeSymbol type, IReadOnlyList<MappedMember> mapped)
            {
                var result = new List<IndexSpec>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                var classNames = new HashSet<string>(ReservedKeyMemberNames, StringComparer.Ordinal);
                foreach (var attribute in type.GetAttributes())
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var name = attribute.AttributeClass is null ? null : MemberTypeClassifier.FullName(attribute.AttributeClass);
                    var isGsi = name == GsiKeyAttribute;
                    if (!isGsi && name != LsiKeyAttribute)
                    {
                        continue;
                    }

                    var indexName = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
                    if (string.IsNullOrEmpty(indexName) || !names.Add(indexName!))
                    {
                        throw Unsupported("index without a name or declared twice");
                    }

                    var className = AttributeNaming.ToPascalIdentifier(indexName!);
                    while (!classNames.Add(className))
                    {
                        className += "Index";
                    }

                    if (isGsi)
                    {
                        var pk = TemplateKey(type, mapped, TemplateArgument(attribute, 1), NamedString(attribute, "PartitionKeyAttributeName") ?? indexName + "_pk");
                        var skTemplate = attribute.ConstructorArguments.Length > 2 ? attribute.ConstructorArguments[2].Value as string : null;
                        var sk = skTemplate is null ? null : TemplateKey(type, mapped, skTemplate, NamedString(attribute, "SortKeyAttributeName") ?? indexName + "_sk");
                        result.Add(new IndexSpec(indexName!, className, false, pk, sk));
                    }
                    else
                    {
                        var sk = TemplateKey(type, mapped, TemplateArgument(attribute, 1), NamedString(attribute, "SortKeyAttributeName") ?? indexName + "_sk");
                        result.Add(new IndexSpec(indexName!, className, true, null, sk));
                    }
                }

                return result.ToEquatableArray();
            }

            private KeySpec TemplateKey(INamedTypeSymbol type, IReadOnlyList<MappedMember> mapped, string template, string attributeName)
            {
                var parsed = KeyTemplate.Parse(template);
                if (!parsed.IsValid || attributeName.Length == 0)
                {
                    throw Unsupported("invalid key template");
                }

                var segments = new List<KeySegmentSpec>();
                var parameters = new List<KeyParameterSpec>();
                foreach (var segment in parsed.Segments)
                {
                    segments.Add(new KeySegmentSpec(segment.Text, segment.IsPlaceholder, segment.Format));
                    if (!segment.IsPlaceholder || parameters.Any(p => p.MemberName == segment.Text))
                    {
                        continue;
                    }

                    var symbol = MappedMemberSelector.FindPlaceholderMember(type, segment.Text) ?? throw Unsupported("placeholder names no member");
                    var memberType = symbol is IPropertySymbol p ? p.Type : ((IFieldSymbol)symbol).Type;
                    var classification = MemberTypeClassifier.Classify(memberType);
                    if (!classification.IsKeyPlaceholderType)
                    {
                        throw Unsupported("placeholder of an unsupported type");
                    }

                    var mappedMember = mapped.FirstOrDefault(m => m.Name == symbol.Name);
                    var dynamoAttribute = mappedMember is not null
                        ? MappedMemberSelector.FindAttribute(mappedMember, DynamoAttributeAttribute)
                        : MappedMemberSelector.FindAttribute(symbol, DynamoAttributeAttribute);
                    var typeSpec = BuildType(classification, EnumAsNumber(dynamoAttribute));
                    parameters.Add(new KeyParameterSpec(symbol.Name, ParameterName(symbol.Name), typeSpec));
                }

                return new KeySpec(attributeName, template, segments.ToEquatableArray(), parameters.ToEquatableArray(), "S");
            }

            private static KeySpec MemberKey(ObjectSpec shape, MappedMember member)
            {
                var spec = shape.Members.FirstOrDefault(m => m.Name == member.Name) ?? throw Unsupported("key member not mapped");
                if (spec.ConverterField is not null)
                {
                    throw Unsupported("a key member cannot use a converter");
                }

                var keyType = spec.Type.Kind switch
                {
                    MemberMappingKind.Number => "N",
                    MemberMappingKind.Enum => spec.Type.EnumAsNumber ? "N" : "S",
                    MemberMappingKind.Binary => "B",
                    MemberMappingKind.String or MemberMappingKind.Guid or MemberMappingKind.DateTime or MemberMappingKind.DateTimeOffset
                        or MemberMappingKind.DateOnly or MemberMappingKind.TimeOnly or MemberMappingKind.TimeSpan => "S",
                    _ => throw Unsupported("a key member must be a string, number or binary type"),
                };
                if (spec.IsTtl)
                {
                    throw Unsupported("the TTL member cannot be a key");
                }

                var parameter = new KeyParameterSpec(spec.Name, ParameterName(spec.Name), spec.Type);
                return new KeySpec(spec.AttributeName, null, EquatableArray<KeySegmentSpec>.Empty, new[] { parameter }.ToEquatableArray(), keyType);
            }

            private ObjectSpec ParseObject(INamedTypeSymbol type, IReadOnlyList<MappedMember> mapped, IMethodSymbol constructor, bool isEntity, IReadOnlyDictionary<string, string?>? keyMemberNames)
            {
                var members = new List<MemberSpec>();
                foreach (var member in mapped)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    members.Add(ParseMember(member, constructor, isEntity, keyMemberNames));
                }

                var required = new List<string>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
                {
                    foreach (var symbol in current.GetMembers())
                    {
                        var isRequired = symbol is IPropertySymbol p ? p.IsRequired : symbol is IFieldSymbol f && f.IsRequired;
                        if (isRequired && seen.Add(symbol.Name))
                        {
                            required.Add(symbol.Name);
                        }
                    }
                }

                var id = isEntity ? "Self" : _nestedIds[MemberTypeClassifier.FullName(type.OriginalDefinition)];
                return new ObjectSpec(id, TypeName(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)), type.Name, constructor.Parameters.Length, members.ToEquatableArray(), required.ToEquatableArray());
            }

            private MemberSpec ParseMember(MappedMember member, IMethodSymbol constructor, bool isEntity, IReadOnlyDictionary<string, string?>? keyMemberNames)
            {
                var dynamoAttribute = MappedMemberSelector.FindAttribute(member, DynamoAttributeAttribute);
                var attributeName = dynamoAttribute is not null && dynamoAttribute.ConstructorArguments.Length > 0 && dynamoAttribute.ConstructorArguments[0].Value is string explicitName
                    ? explicitName
                    : AttributeNaming.Apply(_namingPolicy, member.Name);
                if (keyMemberNames is not null && keyMemberNames.TryGetValue(member.Name, out var keyAttributeName) && keyAttributeName is not null)
                {
                    attributeName = keyAttributeName;
                }

                if (attributeName.Length == 0)
                {
                    throw Unsupported("empty attribute name");
                }

                var isTtl = isEntity && MappedMemberSelector.FindAttribute(member, TtlAttribute) is not null;
                var isVersion = isEntity && MappedMemberSelector.FindAttribute(member, VersionAttribute) is not null;
                if ((isTtl && !MemberTypeClassifier.IsTtlType(member.Type)) || (isVersion && !MemberTypeClassifier.IsVersionType(member.Type)))
                {
                    throw Unsupported("[Ttl] or [DynamoVersion] on a member of the wrong type");
                }

                var classification = MemberTypeClassifier.Classify(member.Type);
                string? converterField = null;
                string? converterType = null;
                string? converterTarget = null;
                TypeSpec type;
                var converterAttribute = MappedMemberSelector.FindAttribute(member, MappedMemberSelector.DynamoConverterAttribute);
                if (converterAttribute is not null)
                {
                    var converterSymbol = converterAttribute.ConstructorArguments.Length > 0 ? converterAttribute.ConstructorArguments[0].Value as ITypeSymbol : null;
                    if (isTtl || !MemberTypeClassifier.IsConverterFor(converterSymbol, member.Type, out _))
                    {
                        throw Unsupported("invalid converter");
                    }

                    converterType = TypeName(converterSymbol!.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
                    converterTarget = TypeName(MemberTypeClassifier.ConverterTarget(member.Type).WithNullableAnnotation(NullableAnnotation.NotAnnotated));
                    if (!_converters.TryGetValue(converterType, out var converter))
                    {
                        converter = new ConverterSpec("Converter" + _converters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), converterType);
                        _converters.Add(converterType, converter);
                    }

                    converterField = converter.FieldName;
                    var nullable = classification.IsNullable;
                    type = new TypeSpec(
                        MemberMappingKind.Unsupported,
                        TypeName(member.Type),
                        TypeName(classification.ValueType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
                        nullable,
                        classification.IsNullableValueType,
                        classification.ValueType.IsValueType,
                        NumberType.None,
                        BinaryType.None,
                        CollectionShape.None,
                        null,
                        null,
                        false,
                        false);
                }
                else
                {
                    if (MemberTypeClassifier.FindUnsupportedReason(member.Type) is not null)
                    {
                        throw Unsupported("unsupported member type");
                    }

                    type = BuildType(classification, EnumAsNumber(dynamoAttribute));
                }

                var parameter = member.ConstructorParameter;
                var parameterIndex = parameter is null ? -1 : constructor.Parameters.IndexOf(parameter);
                AbsentValue absent;
                string? parameterDefault = null;
                if (parameter is not null && parameter.HasExplicitDefaultValue)
                {
                    absent = AbsentValue.ParameterDefault;
                    parameterDefault = DefaultLiteral(parameter);
                }
                else if (parameter is null && HasInitializer(member.Symbol))
                {
                    absent = AbsentValue.Initializer;
                }
                else if (type.IsNullable)
                {
                    absent = AbsentValue.Null;
                }
                else if (type.Kind == MemberMappingKind.Set)
                {
                    absent = AbsentValue.EmptySet;
                }
                else
                {
                    absent = AbsentValue.Throw;
                }

                return new MemberSpec(
                    member.Name,
                    attributeName,
                    type,
                    parameterIndex,
                    member.IsRequired,
                    absent,
                    parameterDefault,
                    isTtl,
                    isVersion,
                    converterField,
                    converterType,
                    converterTarget,
                    false);
            }

            private TypeSpec BuildType(MemberTypeClassification c, bool enumAsNumber)
            {
                if (!c.IsSupported)
                {
                    throw Unsupported(c.UnsupportedReason ?? "unsupported");
                }

                var element = c.Element is null ? null : BuildType(c.Element, enumAsNumber);
                string? mapperId = null;
                if (c.Kind == MemberMappingKind.Object)
                {
                    mapperId = NestedMapper((INamedTypeSymbol)c.ValueType);
                }

                return new TypeSpec(
                    c.Kind,
                    TypeName(c.Type),
                    TypeName(c.ValueType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
                    c.IsNullable,
                    c.IsNullableValueType,
                    c.ValueType.IsValueType,
                    c.Number,
                    c.Binary,
                    c.Shape,
                    element,
                    mapperId,
                    enumAsNumber && c.Kind == MemberMappingKind.Enum,
                    c.Kind == MemberMappingKind.Enum && MappedMemberSelector.FindAttribute(c.ValueType, "System.FlagsAttribute") is not null);
            }

            /// <summary>The mapper id of a nested type, parsing it the first time it is met (cycles end at the second meeting).</summary>
            private string NestedMapper(INamedTypeSymbol type)
            {
                var key = MemberTypeClassifier.FullName(type.OriginalDefinition);
                if (_nestedIds.TryGetValue(key, out var id))
                {
                    return id;
                }

                id = NestedId(type);
                var unique = id;
                for (var n = 2; unique == "Self" || _nestedIds.ContainsValue(unique); n++)
                {
                    // Namespace A + type B and global type A_B sanitise alike: keep method names distinct.
                    unique = id + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                id = unique;
                _nestedIds.Add(key, id);
                var constructor = MappedMemberSelector.FindConstructor(type) ?? throw Unsupported("nested type without a usable constructor");
                var spec = ParseObject(type, MappedMemberSelector.Select(type), constructor, isEntity: false, keyMemberNames: null);
                _nested.Add(spec);
                return id;
            }

            private string NestedId(INamedTypeSymbol type)
            {
                var full = MemberTypeClassifier.FullName(type.OriginalDefinition);
                var chars = full.Select(ch => char.IsLetterOrDigit(ch) ? ch : '_').ToArray();
                return new string(chars);
            }

            private static bool EnumAsNumber(AttributeData? dynamoAttribute) => dynamoAttribute is not null && NamedInt(dynamoAttribute, "EnumFormat") == 1;

            private static string TemplateArgument(AttributeData attribute, int index) =>
                attribute.ConstructorArguments.Length > index && attribute.ConstructorArguments[index].Value is string s
                    ? s
                    : throw Unsupported("the key template is missing");

            private static string? NamedString(AttributeData attribute, string name)
            {
                foreach (var pair in attribute.NamedArguments)
                {
                    if (pair.Key == name)
                    {
                        return pair.Value.Value as string;
                    }
                }

                return null;
            }

            private static bool? NamedBool(AttributeData attribute, string name)
            {
                foreach (var pair in attribute.NamedArguments)
                {
                    if (pair.Key == name && pair.Value.Value is bool b)
                    {
                        return b;
                    }
                }

                return null;
            }

            private static int? NamedInt(AttributeData attribute, string name)
            {
                foreach (var pair in attribute.NamedArguments)
                {
                    if (pair.Key == name && pair.Value.Value is int i)
                    {
                        return i;
                    }
                }

                return null;
            }

            private static bool HasInitializer(ISymbol member)
            {
                foreach (var reference in member.DeclaringSyntaxReferences)
                {
                    var syntax = reference.GetSyntax();
                    if ((syntax is PropertyDeclarationSyntax property && property.Initializer is not null)
                        || (syntax is VariableDeclaratorSyntax variable && variable.Initializer is not null))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static string Keyword(INamedTypeSymbol type)
            {
                if (type.TypeKind == TypeKind.Interface)
                {
                    return "interface";
                }

                var isStruct = type.TypeKind == TypeKind.Struct;
                var keyword = type.IsRecord ? (isStruct ? "record struct" : "record") : (isStruct ? "struct" : "class");
                return isStruct && type.IsReadOnly ? "readonly " + keyword : keyword;
            }

            private static string ParameterName(string memberName)
            {
                var name = AttributeNaming.ToCamelCase(memberName);
                return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
            }

            private static string DefaultLiteral(IParameterSymbol parameter)
            {
                var value = parameter.ExplicitDefaultValue;
                if (value is null)
                {
                    return "default";
                }

                var type = TypeName(parameter.Type);
                switch (value)
                {
                    case string s:
                        return SymbolDisplay.FormatLiteral(s, quote: true);
                    case bool b:
                        return b ? "true" : "false";
                    case char ch:
                        return SymbolDisplay.FormatLiteral(ch, quote: true);
                    case decimal m:
                        return "(" + type + ")(" + m.ToString(System.Globalization.CultureInfo.InvariantCulture) + "m)";
                    case double d:
                        return "(" + type + ")(" + d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "d)";
                    case float f:
                        return "(" + type + ")(" + f.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "f)";
                    default:
                        return "(" + type + ")(" + SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false) + ")";
                }
            }

            /// <summary>
            /// The <c>global::</c>-qualified name with nullable annotations; reference types from an oblivious context are
            /// written as nullable, so generated code never claims non-null for them.
            /// </summary>
            internal static string TypeName(ITypeSymbol type)
            {
                if (type is INamedTypeSymbol nullable && nullable.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                {
                    return TypeName(nullable.TypeArguments[0]) + "?";
                }

                var suffix = type.IsReferenceType && type.NullableAnnotation != NullableAnnotation.NotAnnotated ? "?" : string.Empty;
                if (type is IArrayTypeSymbol array)
                {
                    return TypeName(array.ElementType) + "[" + new string(',', array.Rank - 1) + "]" + suffix;
                }

                if (type is INamedTypeSymbol named && named.IsGenericType && !named.IsTupleType)
                {
                    // A type argument whose parameter is constrained notnull (a dictionary key) is never annotated.
                    var arguments = named.TypeArguments.Select((argument, i) =>
                        i < named.TypeParameters.Length && named.TypeParameters[i].HasNotNullConstraint
                            ? TypeName(argument.WithNullableAnnotation(NullableAnnotation.NotAnnotated))
                            : TypeName(argument));
                    return named.ToDisplayString(NameWithoutGenerics) + "<" + string.Join(", ", arguments) + ">" + suffix;
                }

                return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + suffix;
            }

            private static UnsupportedModelException Unsupported(string reason) => new UnsupportedModelException(reason);
        }

        /// <summary>Aborts parsing of a model that cannot be generated; caught in <see cref="Parser.Parse"/>.</summary>
        private sealed class UnsupportedModelException : Exception
        {
            public UnsupportedModelException(string reason)
                : base(reason)
            {
            }
        }
    }
}
