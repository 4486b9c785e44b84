// The one reading of a [DynamoStreamHandler] class: which entities of its table its methods handle, which it ignores,
// which it leaves unhandled (B3A5004) and why no dispatcher can be generated for it (B3A5005). The generator emits the
// dispatcher from it and the analyzer reports from it, so the two agree on what a handler method is.
using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Boto3Assist.Shared.Model
{
    /// <summary>Why no dispatcher is generated for a handler class (B3A5005), and where to say so.</summary>
    internal sealed class StreamHandlerProblem
    {
        public StreamHandlerProblem(string reason, Location location)
        {
            Reason = reason;
            Location = location;
        }

        /// <summary>Completes "no stream dispatcher is generated for 'H': ...".</summary>
        public string Reason { get; }

        public Location Location { get; }
    }

    /// <summary>An entity of the handler's table and what the handler does with its records.</summary>
    internal sealed class StreamHandledEntity
    {
        public StreamHandledEntity(StreamTableEntity entity)
        {
            Entity = entity;
        }

        public StreamTableEntity Entity { get; }

        /// <summary>An <c>OnInsertAsync</c> takes it (its own type or a polymorphic base of it).</summary>
        public bool Insert { get; set; }

        public bool Modify { get; set; }

        public bool Remove { get; set; }

        /// <summary>Listed in <c>Ignore</c> (itself or a polymorphic base): its records succeed without a call.</summary>
        public bool Ignored { get; set; }

        public bool Handled => Insert || Modify || Remove;

        /// <summary>Registered with the dispatcher: handled or ignored. Otherwise its records reach <c>OnUnknownAsync</c>.</summary>
        public bool Registered => Handled || Ignored;
    }

    /// <summary>A <c>[DynamoStreamHandler]</c> class, the entities of its table, and why no dispatcher can be generated.</summary>
    internal sealed class StreamHandlerModel
    {
        public const string AttributeName = DeclaredAttributes.Namespace + ".DynamoStreamHandlerAttribute";
        public const string UnhandledRuleId = "B3A5004";
        public const string MalformedRuleId = "B3A5005";

        public const string InsertMethod = "OnInsertAsync";
        public const string ModifyMethod = "OnModifyAsync";
        public const string RemoveMethod = "OnRemoveAsync";
        public const string UnknownMethod = "OnUnknownAsync";
        public const string FailureMethod = "OnFailure";

        /// <summary>The members the generated code declares; the class must not declare them itself.</summary>
        public static readonly string[] GeneratedMemberNames = { "Dispatcher", "DispatchAsync", "BuildDispatcher", "generatedDispatcher" };

        private const string StreamRecord = DeclaredAttributes.Namespace + ".DynamoStreamRecord";
        private const string UnknownRecord = DeclaredAttributes.Namespace + ".DynamoUnknownStreamRecord";

        private StreamHandlerModel(INamedTypeSymbol type, AttributeData attribute, string tableName)
        {
            Type = type;
            Attribute = attribute;
            TableName = tableName;
        }

        public INamedTypeSymbol Type { get; }

        public string Name => Type.Name;

        public AttributeData Attribute { get; }

        public string TableName { get; }

        /// <summary>The entities of the table with generated code, ordered by full name.</summary>
        public List<StreamHandledEntity> Entities { get; } = new List<StreamHandledEntity>();

        /// <summary>The class declares <c>void OnFailure(DynamoStreamRecord, Exception)</c>.</summary>
        public bool HasFailureHandler { get; private set; }

        /// <summary>Why no dispatcher is generated (each reported as B3A5005); empty when one is.</summary>
        public List<StreamHandlerProblem> Problems { get; } = new List<StreamHandlerProblem>();

        /// <summary>True when <paramref name="type"/> carries <c>[DynamoStreamHandler]</c> (no allocation).</summary>
        public static AttributeData? FindAttribute(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (DeclaredAttributes.Is(attribute, AttributeName))
                {
                    return attribute;
                }
            }

            return null;
        }

        /// <summary>The model of a handler class, or null when it has no <c>[DynamoStreamHandler]</c>.</summary>
        public static StreamHandlerModel? TryRead(
            INamedTypeSymbol type,
            Compilation compilation,
            Func<INamedTypeSymbol, EntityModel?> readEntity,
            CancellationToken cancellationToken)
        {
            if (FindAttribute(type) is not { } attribute)
            {
                return null;
            }

            var model = new StreamHandlerModel(type, attribute, DeclaredAttributes.Argument(attribute, 0) ?? string.Empty);
            model.CheckDeclaration();
            var tableEntities = model.TableName.Length == 0
                ? new List<StreamTableEntity>()
                : StreamTableEntities.Find(compilation, model.TableName, type, readEntity, cancellationToken);
            foreach (var entity in tableEntities)
            {
                if (entity.IsGenerated)
                {
                    model.Entities.Add(new StreamHandledEntity(entity));
                }
            }

            if (tableEntities.Count == 0)
            {
                model.Problem("no [DynamoTable] entity of this compilation or its references is stored in table '" + model.TableName + "'; name the table as its entities do", SourceLocations.Of(attribute, type));
                return model;
            }

            model.ReadMethods(tableEntities, cancellationToken);
            model.ReadIgnore(tableEntities);
            model.CheckRegistrations();
            return model;
        }

        private void Problem(string reason, Location location) => Problems.Add(new StreamHandlerProblem(reason, location));

        private void CheckDeclaration()
        {
            var location = SourceLocations.First(Type);
            if (Type.TypeKind != TypeKind.Class || Type.IsStatic)
            {
                Problem("it is not a class that can have instances", location);
            }

            if (Type.IsGenericType)
            {
                Problem("it is generic", location);
            }

            for (INamedTypeSymbol? current = Type; current is not null; current = current.ContainingType)
            {
                if (!EntityEligibility.IsPartial(current))
                {
                    Problem(current.Equals(Type, SymbolEqualityComparer.Default) ? "it is not partial" : "its containing type '" + current.Name + "' is not partial", location);
                }
            }

            foreach (var name in GeneratedMemberNames)
            {
                foreach (var member in Type.GetMembers(name))
                {
                    if (!member.IsImplicitlyDeclared && !EntityEligibility.IsGeneratedByUs(member))
                    {
                        Problem("it declares '" + name + "', a member the generated dispatcher declares; rename it", SourceLocations.First(member));
                    }
                }
            }
        }

        private void ReadMethods(List<StreamTableEntity> tableEntities, CancellationToken cancellationToken)
        {
            var hasUnknown = false;
            foreach (var member in Type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is not IMethodSymbol method || method.MethodKind != MethodKind.Ordinary)
                {
                    continue;
                }

                switch (method.Name)
                {
                    case InsertMethod:
                        ReadEntityHandler(method, tableEntities, "(T item, DynamoStreamRecord record, CancellationToken cancellationToken)", modify: false, (e) => e.Insert = true);
                        break;
                    case ModifyMethod:
                        ReadEntityHandler(method, tableEntities, "(T before, T after, IReadOnlyList<string> changed, DynamoStreamRecord record, CancellationToken cancellationToken)", modify: true, (e) => e.Modify = true);
                        break;
                    case RemoveMethod:
                        ReadEntityHandler(method, tableEntities, "(T item, DynamoStreamRecord record, CancellationToken cancellationToken)", modify: false, (e) => e.Remove = true);
                        break;
                    case UnknownMethod:
                        if (Returns(method, "System.Threading.Tasks.Task") && IsPlain(method) && method.Parameters.Length == 2
                            && IsType(method.Parameters[0].Type, UnknownRecord) && IsType(method.Parameters[1].Type, "System.Threading.CancellationToken"))
                        {
                            hasUnknown = true;
                        }
                        else
                        {
                            Problem("'" + UnknownMethod + "' must be 'Task " + UnknownMethod + "(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken)'", SourceLocations.First(method));
                        }

                        break;
                    case FailureMethod:
                        if (method.ReturnsVoid && IsPlain(method) && method.Parameters.Length == 2
                            && IsType(method.Parameters[0].Type, StreamRecord) && IsType(method.Parameters[1].Type, "System.Exception"))
                        {
                            HasFailureHandler = true;
                        }
                        else
                        {
                            Problem("'" + FailureMethod + "' must be 'void " + FailureMethod + "(DynamoStreamRecord record, Exception error)'", SourceLocations.First(method));
                        }

                        break;
                }
            }

            if (!hasUnknown)
            {
                Problem("it has no 'Task " + UnknownMethod + "(DynamoUnknownStreamRecord unknown, CancellationToken cancellationToken)': records of no handled entity must be surfaced there, never dropped", SourceLocations.First(Type));
            }
        }

        private void ReadEntityHandler(IMethodSymbol method, List<StreamTableEntity> tableEntities, string shape, bool modify, Action<StreamHandledEntity> mark)
        {
            var expected = "'" + method.Name + "' must be 'Task " + method.Name + shape + "'";
            var parameters = method.Parameters;
            var count = modify ? 5 : 3;
            if (!Returns(method, "System.Threading.Tasks.Task") || !IsPlain(method) || parameters.Length != count
                || !IsType(parameters[count - 2].Type, StreamRecord) || !IsType(parameters[count - 1].Type, "System.Threading.CancellationToken")
                || (modify && (!SymbolEqualityComparer.Default.Equals(parameters[0].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), parameters[1].Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)) || !IsChangedList(parameters[2].Type))))
            {
                Problem(expected, SourceLocations.First(method));
                return;
            }

            if (parameters[0].Type is not INamedTypeSymbol itemType)
            {
                Problem(expected + "; T is an entity of table '" + TableName + "'", SourceLocations.First(method));
                return;
            }

            var matched = Matching(itemType, tableEntities);
            if (matched.Count == 0)
            {
                Problem("'" + itemType.Name + "' in '" + method.Name + "' is not an entity of table '" + TableName + "' (nor a polymorphic base of one)", SourceLocations.First(method));
                return;
            }

            foreach (var entity in matched)
            {
                if (!entity.IsGenerated)
                {
                    Problem("'" + method.Name + "' handles '" + entity.Name + "', which has no generated code (see its own errors)", SourceLocations.First(method));
                    continue;
                }

                mark(Handled(entity));
            }
        }

        private void ReadIgnore(List<StreamTableEntity> tableEntities)
        {
            foreach (var named in Attribute.NamedArguments)
            {
                if (named.Key != "Ignore" || named.Value.Kind != TypedConstantKind.Array || named.Value.IsNull)
                {
                    continue;
                }

                foreach (var value in named.Value.Values)
                {
                    if (value.Value is not INamedTypeSymbol ignored)
                    {
                        continue;
                    }

                    var matched = Matching(ignored, tableEntities);
                    if (matched.Count == 0)
                    {
                        Problem("'" + ignored.Name + "' in Ignore is not an entity of table '" + TableName + "' (nor a polymorphic base of one)", SourceLocations.Of(Attribute, Type));
                    }

                    foreach (var entity in matched)
                    {
                        if (entity.IsGenerated)
                        {
                            Handled(entity).Ignored = true;
                        }
                    }
                }
            }
        }

        /// <summary>What the runtime builder would refuse: an entity both handled and ignored, one entity type twice.</summary>
        private void CheckRegistrations()
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var registered = 0;
            foreach (var entity in Entities)
            {
                if (entity.Handled && entity.Ignored)
                {
                    Problem("'" + entity.Entity.Name + "' is in Ignore but has a handler method; remove one or the other", SourceLocations.Of(Attribute, Type));
                }

                if (!entity.Registered)
                {
                    continue;
                }

                registered++;

                var key = entity.Entity.DiscriminatorAttribute is null ? "(none)" : entity.Entity.DiscriminatorAttribute + "=" + entity.Entity.EntityType;
                if (seen.TryGetValue(key, out var other))
                {
                    Problem(entity.Entity.DiscriminatorAttribute is null
                        ? "'" + other + "' and '" + entity.Entity.Name + "' both write no discriminator, so their records cannot be told apart; handle or ignore only one of them"
                        : "'" + other + "' and '" + entity.Entity.Name + "' both store the entity type '" + entity.Entity.EntityType + "', so their records cannot be told apart; handle or ignore only one of them",
                        SourceLocations.First(Type));
                }
                else
                {
                    seen[key] = entity.Entity.Name;
                }
            }

            if (registered == 0 && Problems.Count == 0)
            {
                Problem("it handles and ignores no entity of table '" + TableName + "'; declare an " + InsertMethod + ", " + ModifyMethod + " or " + RemoveMethod + " for one", SourceLocations.First(Type));
            }
        }

        private StreamHandledEntity Handled(StreamTableEntity entity)
        {
            foreach (var existing in Entities)
            {
                if (ReferenceEquals(existing.Entity, entity))
                {
                    return existing;
                }
            }

            throw new InvalidOperationException("'" + entity.Name + "' is not among the generated entities of table '" + TableName + "'.");
        }

        /// <summary>The entities <paramref name="type"/> stands for: itself, or the derived entities of a polymorphic base.</summary>
        private static List<StreamTableEntity> Matching(INamedTypeSymbol type, List<StreamTableEntity> tableEntities)
        {
            var matched = new List<StreamTableEntity>();
            var isBase = PolymorphicBaseModel.IsPolymorphicBase(type);
            foreach (var entity in tableEntities)
            {
                if (SymbolEqualityComparer.Default.Equals(entity.Type, type) || (isBase && DerivesFrom(entity.Type, type)))
                {
                    matched.Add(entity);
                }
            }

            return matched;
        }

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol baseType)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Not generic, no ref/out/in parameters: a method group the dispatcher builder's delegates can take.</summary>
        private static bool IsPlain(IMethodSymbol method)
        {
            if (method.IsGenericMethod || method.ReturnsByRef || method.ReturnsByRefReadonly)
            {
                return false;
            }

            foreach (var parameter in method.Parameters)
            {
                if (parameter.RefKind != RefKind.None || parameter.IsParams)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Returns(IMethodSymbol method, string metadataName) => IsType(method.ReturnType, metadataName);

        private static bool IsChangedList(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeArguments.Length: 1 } list
            && IsType(list.OriginalDefinition, "System.Collections.Generic.IReadOnlyList`1")
            && list.TypeArguments[0].SpecialType == SpecialType.System_String;

        private static bool IsType(ITypeSymbol type, string metadataName) =>
            type is INamedTypeSymbol named && type.TypeKind != TypeKind.Error && named.Arity == (metadataName.Contains("`") ? 1 : 0)
            && MemberTypeClassifier.FullName(named.OriginalDefinition) == metadataName;
    }
}
