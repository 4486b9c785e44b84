using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Boto3Assist.Generators.Common;
using Boto3Assist.Generators.Model;
using Boto3Assist.Generators.Parsing;
using Boto3Assist.Shared;
using Boto3Assist.Shared.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Boto3Assist.Generators
{
    public sealed partial class EntityGenerator
    {
        /// <summary>
        /// Maps the shared <see cref="EntityModel"/> of a <c>[DynamoTable]</c> type to an <see cref="EntitySpec"/>. The model
        /// is read and validated in src/Shared, the very reading the analyzers report from: an entity with a
        /// <see cref="GenerationBlocker"/> gets no code (the analyzers say why); anything else that fails here is a bug of
        /// the generator and is reported as B3A9001, never swallowed.
        /// </summary>
        internal sealed class Parser
        {
            private readonly CancellationToken _cancellationToken;
            private readonly EntityModel _entity;
            private readonly Dictionary<string, string> _nestedIds = new Dictionary<string, string>(StringComparer.Ordinal);
            private readonly List<ObjectSpec> _nested = new List<ObjectSpec>();
            private readonly Dictionary<string, ConverterSpec> _converters = new Dictionary<string, ConverterSpec>(StringComparer.Ordinal);

            private Parser(EntityModel entity, CancellationToken cancellationToken)
            {
                _entity = entity;
                _cancellationToken = cancellationToken;
            }

            /// <summary>The spec, nothing (a blocked model), or the generator's own failure. Throws only on cancellation.</summary>
            public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            {
                if (context.TargetSymbol is not INamedTypeSymbol type || context.Attributes.Length == 0 || !OwnsFirstTableAttribute(context, type))
                {
                    return ParseResult.Skipped;
                }

                try
                {
                    var entity = EntityModel.TryRead(type, cancellationToken);
                    if (entity is null || entity.Blockers.Count > 0)
                    {
                        return ParseResult.Skipped;
                    }

                    var spec = new Parser(entity, cancellationToken).ParseEntity();
                    return new ParseResult(spec, null) { Lifecycle = LifecycleParser.Parse(entity, spec, cancellationToken) };
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return Failed(type, e);
                }
            }

            /// <summary>A failure of the generator itself on <paramref name="type"/>, reported as B3A9001.</summary>
            internal static ParseResult Failed(INamedTypeSymbol type, Exception exception) =>
                new ParseResult(null, new GeneratorFailureSpec(type.Name, exception.GetType().Name + ": " + exception.Message, LocationSpec.From(type.Locations.FirstOrDefault() ?? Location.None)));

            /// <summary>
            /// With [DynamoTable] on two declarations of one partial type (a compile error of its own), only the declaration
            /// holding the first one produces a spec, so one type never yields two files with the same name.
            /// </summary>
            private static bool OwnsFirstTableAttribute(GeneratorAttributeSyntaxContext context, INamedTypeSymbol type)
            {
                SyntaxReference? first = null;
                foreach (var attribute in type.GetAttributes())
                {
                    if (DeclaredAttributes.Is(attribute, DeclaredAttributes.DynamoTable)
                        && attribute.ApplicationSyntaxReference is { } reference
                        && (first is null || string.CompareOrdinal(reference.SyntaxTree.FilePath, first.SyntaxTree.FilePath) < 0
                            || (reference.SyntaxTree.FilePath == first.SyntaxTree.FilePath && reference.Span.Start < first.Span.Start)))
                    {
                        first = reference;
                    }
                }

                return first is null || (first.SyntaxTree == context.TargetNode.SyntaxTree && context.TargetNode.Span.Contains(first.Span));
            }

            private EntitySpec ParseEntity()
            {
                var type = _entity.Type;
                var mapped = MappedMemberSelector.Select(type);
                var constructor = MappedMemberSelector.FindConstructor(type) ?? throw Bug("no constructor, yet no blocker");

                // A member that is a table key is stored under the key's attribute name.
                var keyAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var key in _entity.Keys)
                {
                    if (key.IsTableKey && key.Member is not null)
                    {
                        keyAttributeNames[key.Member.Name] = key.AttributeName;
                    }
                }

                var shape = ParseObject(type, mapped, constructor, _entity, keyAttributeNames);
                var partitionKey = Key(_entity.TablePartitionKey ?? throw Bug("no partition key, yet no blocker"), shape);
                var sortKey = _entity.TableSortKey is { } sort ? Key(sort, shape) : null;
                var indexes = ParseIndexes(shape);

                var primarySources = new HashSet<string>(partitionKey.Parameters.Concat(sortKey?.Parameters ?? EquatableArray<KeyParameterSpec>.Empty).Select(p => p.MemberName), StringComparer.Ordinal);
                shape = shape with { Members = shape.Members.Select(m => m with { IsPrimaryKeySource = primarySources.Contains(m.Name) }).ToEquatableArray() };

                return new EntitySpec(
                    Namespace: TypeNames.Namespace(type),
                    ContainingTypes: TypeNames.ContainingTypes(type),
                    Keyword: TypeNames.Keyword(type),
                    Name: type.Name,
                    TypeName: TypeNames.NotNullable(type),
                    HintName: GeneratedNames.HintName(type),
                    TableName: _entity.TableName!,
                    EntityType: _entity.EntityType,
                    DiscriminatorAttribute: _entity.DiscriminatorAttribute,
                    Shape: shape,
                    PartitionKey: partitionKey,
                    SortKey: sortKey,
                    Indexes: indexes,
                    TtlAttribute: shape.Members.FirstOrDefault(m => m.IsTtl)?.AttributeName,
                    VersionAttribute: shape.Members.FirstOrDefault(m => m.IsVersion)?.AttributeName,
                    NestedTypes: _nested.ToEquatableArray(),
                    Converters: _converters.Values.OrderBy(c => c.FieldName, StringComparer.Ordinal).ToEquatableArray(),
                    HidesInherited: HidesInherited(type),
                    KeysName: EntityEligibility.GeneratedName(type, "Keys"),
                    FieldsName: EntityEligibility.GeneratedName(type, "Fields"),
                    MetadataName: EntityEligibility.GeneratedName(type, "Metadata"),
                    IsValueType: type.IsValueType,
                    IsPublic: IsPubliclyVisible(type),
                    Constants: _entity.Constants.Select(c => new ConstantSpec(c.Name, c.Value)).ToEquatableArray())
                {
                    ComputedKeyMembers = Repositories.ComputedKeyOverloads.Read(_entity, _cancellationToken),
                    ItemCollections = Collections.ItemCollectionEmitter.Read(_entity, partitionKey, indexes),
                    SchemaVersion = Emitting.SchemaVersionEmitter.Read(_entity),
                };
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
                    if (MappedMemberSelector.FindAttribute(current, DeclaredAttributes.DynamoTable) is not null
                        || PolymorphicBaseModel.IsGeneratedBase(current)
                        || current.GetMembers().Any(m => EntityEligibility.IsGeneratedMemberName(m.Name) && m.DeclaredAccessibility != Accessibility.Private))
                    {
                        return true;
                    }
                }

                return false;
            }

            private EquatableArray<IndexSpec> ParseIndexes(ObjectSpec shape)
            {
                // The model lists an index's partition key and then its sort key, one declaration after another.
                var result = new List<IndexSpec>();
                var classNames = new HashSet<string>(StringComparer.Ordinal);
                var keys = _entity.Keys;
                for (var i = 0; i < keys.Count; i++)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var key = keys[i];
                    if (key.IndexName is null || key.Role == KeyRole.GsiSort)
                    {
                        continue;
                    }

                    var className = GeneratedNames.IndexClass(key.AccessPatternName ?? key.IndexName, classNames);
                    var named = key.AccessPatternName is not null;
                    if (key.Role == KeyRole.LsiSort)
                    {
                        result.Add(new IndexSpec(key.IndexName, className, named, IsLocal: true, PartitionKey: null, SortKey: Key(key, shape)));
                        continue;
                    }

                    var sortKey = i + 1 < keys.Count && keys[i + 1].Role == KeyRole.GsiSort && keys[i + 1].Attribute == key.Attribute ? Key(keys[i + 1], shape) : null;
                    result.Add(new IndexSpec(key.IndexName, className, named, IsLocal: false, PartitionKey: Key(key, shape), SortKey: sortKey));
                }

                return result.ToEquatableArray();
            }

            private KeySpec Key(KeyModel key, ObjectSpec shape) => key.Member is { } member ? MemberKey(key, member, shape) : TemplateKey(key);

            private KeySpec TemplateKey(KeyModel key)
            {
                var template = key.Template ?? throw Bug("a template key without a template");
                var segments = new List<KeySegmentSpec>();
                var parameters = new List<KeyParameterSpec>();
                foreach (var segment in template.Segments)
                {
                    segments.Add(new KeySegmentSpec(segment.Text, segment.IsPlaceholder, segment.Format));
                    if (!segment.IsPlaceholder || parameters.Any(p => p.MemberName == segment.Text))
                    {
                        continue;
                    }

                    var member = _entity.FindMember(segment.Text) ?? throw Bug("placeholder {" + segment.Text + "} names no member");
                    var typeSpec = BuildType(member.Classification, member.EnumAsNumber, member.Conventions);
                    parameters.Add(new KeyParameterSpec(member.Name, GeneratedNames.Parameter(member.Name), typeSpec));
                }

                return new KeySpec(key.AttributeName, template.Source, segments.ToEquatableArray(), parameters.ToEquatableArray(), KeyScalarType.String, KeyTextFormat.Delimiters(template));
            }

            private static KeySpec MemberKey(KeyModel key, MemberModel member, ObjectSpec shape)
            {
                var spec = shape.Members.FirstOrDefault(m => m.Name == member.Name) ?? throw Bug("key member '" + member.Name + "' is not mapped");
                var keyType = member.KeyScalarType switch
                {
                    'N' => KeyScalarType.Number,
                    'B' => KeyScalarType.Binary,
                    'S' => KeyScalarType.String,
                    _ => throw Bug("key member '" + member.Name + "' has no scalar type"),
                };
                var parameter = new KeyParameterSpec(spec.Name, GeneratedNames.Parameter(spec.Name), spec.Type);
                return new KeySpec(key.AttributeName, null, EquatableArray<KeySegmentSpec>.Empty, new[] { parameter }.ToEquatableArray(), keyType, Delimiters: string.Empty);
            }

            /// <param name="entity">The entity's model when <paramref name="type"/> is the entity; null for a nested type.</param>
            private ObjectSpec ParseObject(INamedTypeSymbol type, IReadOnlyList<MappedMember> mapped, IMethodSymbol constructor, EntityModel? entity, IReadOnlyDictionary<string, string>? keyAttributeNames)
            {
                var members = new List<MemberSpec>();
                foreach (var member in mapped)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var model = entity?.FindMember(member.Name) ?? MemberModel.Read(member.Symbol, member.ConstructorParameter, isMapped: true, _entity.NamingPolicy, _entity.Conventions);
                    var attributeName = keyAttributeNames is not null && keyAttributeNames.TryGetValue(member.Name, out var keyName) ? keyName : model.AttributeName;
                    members.Add(ParseMember(member, model, attributeName, constructor, isEntity: entity is not null));
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

                return new ObjectSpec(
                    MapperId: entity is not null ? "Self" : _nestedIds[MemberTypeClassifier.FullName(type.OriginalDefinition)],
                    TypeName: TypeNames.NotNullable(type),
                    Name: type.Name,
                    ConstructorParameterCount: constructor.Parameters.Length,
                    Members: members.ToEquatableArray(),
                    RequiredMemberNames: required.ToEquatableArray());
            }

            private MemberSpec ParseMember(MappedMember member, MemberModel model, string attributeName, IMethodSymbol constructor, bool isEntity)
            {
                var classification = model.Classification;
                ConverterSpec? converter = null;
                TypeSpec type;
                if (model.Converter is not null)
                {
                    var converterSymbol = model.Converter.ConstructorArguments.Length > 0 ? model.Converter.ConstructorArguments[0].Value as ITypeSymbol : null;
                    var converterType = TypeNames.NotNullable(converterSymbol ?? throw Bug("a converter without a type"));
                    if (!_converters.TryGetValue(converterType, out converter))
                    {
                        converter = new ConverterSpec("Converter" + _converters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), converterType);
                        _converters.Add(converterType, converter);
                    }

                    type = new TypeSpec(
                        Kind: MemberMappingKind.Converter,
                        TypeName: TypeNames.Of(member.Type),
                        ValueTypeName: TypeNames.NotNullable(classification.ValueType),
                        IsNullable: classification.IsNullable,
                        IsNullableValueType: classification.IsNullableValueType,
                        IsValueType: classification.ValueType.IsValueType,
                        Number: NumberType.None,
                        Binary: BinaryType.None,
                        Shape: CollectionShape.None,
                        Element: null,
                        ObjectMapperId: null,
                        EnumAsNumber: false,
                        EnumIsFlags: false);
                }
                else
                {
                    type = BuildType(classification, model.EnumAsNumber, model.Conventions);
                }

                var parameter = member.ConstructorParameter;
                // The shared model decides (the schema file's "required on read" is the same decision).
                var absent = model.WhenAbsent(isEntity) switch
                {
                    AbsentAttributeRead.ParameterDefault => AbsentValue.ParameterDefault,
                    AbsentAttributeRead.Initializer => AbsentValue.Initializer,
                    AbsentAttributeRead.Null => AbsentValue.Null,
                    AbsentAttributeRead.EmptySet => AbsentValue.EmptySet,
                    AbsentAttributeRead.VersionZero => AbsentValue.VersionZero,
                    _ => AbsentValue.Throw,
                };
                var parameterDefault = absent == AbsentValue.ParameterDefault ? TypeNames.DefaultLiteral(parameter!) : null;

                return new MemberSpec(
                    Name: member.Name,
                    AttributeName: attributeName,
                    Type: type,
                    ConstructorParameterIndex: parameter is null ? -1 : constructor.Parameters.IndexOf(parameter),
                    IsRequired: member.IsRequired,
                    Absent: absent,
                    ParameterDefault: parameterDefault,
                    IsTtl: isEntity && model.Ttl is not null,
                    IsVersion: isEntity && model.Version is not null,
                    ConverterField: converter?.FieldName,
                    ConverterTypeName: converter?.TypeName,
                    ConverterTargetTypeName: converter is null ? null : TypeNames.NotNullable(MemberTypeClassifier.ConverterTarget(member.Type)),
                    IsPrimaryKeySource: false,
                    IsSettable: member.Symbol is IPropertySymbol { SetMethod: { IsInitOnly: false } } || member.Symbol is IFieldSymbol { IsReadOnly: false },
                    IsComputed: member.IsComputed);
            }

            /// <param name="conventions">The entity's write conventions: list elements and map values follow them too.</param>
            private TypeSpec BuildType(MemberTypeClassification c, bool enumAsNumber, Boto3Assist.Shared.Declarations.DynamoConventionsAttribute conventions)
            {
                if (!c.IsSupported)
                {
                    throw Bug("unsupported type " + c.Type.Name + ", yet no blocker");
                }

                return new TypeSpec(
                    Kind: c.Kind,
                    TypeName: TypeNames.Of(c.Type),
                    ValueTypeName: TypeNames.NotNullable(c.ValueType),
                    IsNullable: c.IsNullable,
                    IsNullableValueType: c.IsNullableValueType,
                    IsValueType: c.ValueType.IsValueType,
                    Number: c.Number,
                    Binary: c.Binary,
                    Shape: c.Shape,
                    Element: c.Element is null ? null : BuildType(c.Element, enumAsNumber, conventions),
                    ObjectMapperId: c.Kind == MemberMappingKind.Object ? NestedMapper((INamedTypeSymbol)c.ValueType) : null,
                    EnumAsNumber: enumAsNumber && c.Kind == MemberMappingKind.Enum,
                    EnumIsFlags: c.Kind == MemberMappingKind.Enum && MappedMemberSelector.FindAttribute(c.ValueType, "System.FlagsAttribute") is not null,
                    DateFormat: conventions.DateTimeFormat,
                    EnumCasing: conventions.EnumCasing,
                    BooleanAsNumber: conventions.BooleanFormat == Boto3Assist.Shared.Declarations.DynamoBooleanFormat.Number,
                    BinaryFormat: conventions.BinaryFormat,
                    EnumBoxedWhenNullable: conventions.BoxNullableEnums && c.IsNullableValueType && c.Kind == MemberMappingKind.Enum && enumAsNumber);
            }

            /// <summary>The mapper id of a nested type, parsing it the first time it is met (cycles end at the second meeting).</summary>
            private string NestedMapper(INamedTypeSymbol type)
            {
                var key = MemberTypeClassifier.FullName(type.OriginalDefinition);
                if (_nestedIds.TryGetValue(key, out var id))
                {
                    return id;
                }

                id = GeneratedNames.NestedMapperId(type, _nestedIds.Values);
                _nestedIds.Add(key, id);
                var constructor = MappedMemberSelector.FindConstructor(type) ?? throw Bug("nested type '" + type.Name + "' has no constructor, yet no blocker");
                _nested.Add(ParseObject(type, MappedMemberSelector.Select(type), constructor, entity: null, keyAttributeNames: null));
                return id;
            }

            /// <summary>A state the shared validation should have ruled out: a bug, reported as B3A9001.</summary>
            private static InvalidOperationException Bug(string what) => new InvalidOperationException("Boto3Assist generator: " + what);
        }
    }
}
