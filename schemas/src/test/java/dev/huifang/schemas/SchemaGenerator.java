package dev.huifang.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import dev.huifang.core.json.HuifangJson;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Derives a strict JSON Schema (draft 2020-12) from the serializers Huifang's own mapper builds,
 * so the schema describes exactly the properties Huifang writes and reads.
 *
 * <p>Rules: every object is closed ({@code additionalProperties: false}); a property is required
 * when the model cannot do without it (an abstract Immutables accessor that is neither nullable
 * nor a collection, or a record or constructor component whose creator parameter is not
 * nullable); a property whose accessor or creator parameter is nullable also accepts
 * {@code null}; a polymorphic type is a {@code oneOf} of its subtypes, each with its
 * {@code type} name as a constant; a type written through {@code @JsonValue} is the schema of that
 * value. A type no rule covers is an error, so a new kind of model cannot slip through unnoticed.
 */
final class SchemaGenerator {

  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<Class<?>> IMMUTABLES_CONTAINERS = Set.of(List.class, Set.class,
      java.util.SortedSet.class, java.util.NavigableSet.class, Map.class, java.util.SortedMap.class,
      java.util.NavigableMap.class, Optional.class, java.util.Collection.class);

  private final ObjectMapper mapper = HuifangJson.newMapper();
  private final TreeMap<String, ObjectNode> defs = new TreeMap<>();
  private final Map<String, Class<?>> defOwners = new LinkedHashMap<>();

  /**
   * The base of every schema's {@code $id}: a URN, since the schemas are published in
   * {@code huifang-schemas}'s jar and in {@code docs/schemas}, not served from a host.
   */
  static final String ID_BASE = "urn:huifang:schema:";

  /** The schema of a document named {@code name} whose root is {@code root}. */
  ObjectNode document(String name, String title, String description, JavaType root) {
    defs.clear();
    defOwners.clear();
    ObjectNode body = schemaOf(root);
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DRAFT);
    schema.put("$id", ID_BASE + name);
    schema.put("title", title);
    schema.put("description", description);
    schema.setAll(body);
    if (!defs.isEmpty()) {
      ObjectNode all = schema.putObject("$defs");
      defs.forEach(all::set);
    }
    return schema;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  private ObjectNode schemaOf(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == String.class || raw == char.class || raw == Character.class
        || raw == ZoneId.class) {
      return typed("string");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return typed("boolean");
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
        || raw == short.class || raw == Short.class) {
      return typed("integer");
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
        || raw == BigDecimal.class) {
      return typed("number");
    }
    if (raw == Instant.class) {
      return typed("string").put("format", "date-time");
    }
    if (raw == Duration.class) {
      return typed("string").put("format", "duration");
    }
    if (raw == LocalDate.class) {
      return typed("string").put("format", "date");
    }
    if (raw == LocalTime.class) {
      return typed("string").put("format", "time");
    }
    if (raw == Optional.class) {
      return schemaOf(type.containedType(0));
    }
    if (type.isMapLikeType()) {
      ObjectNode map = typed("object");
      JavaType key = type.getKeyType();
      if (key.isEnumType()) {
        map.putObject("propertyNames").set("enum", enumNames(key.getRawClass()));
      }
      map.set("additionalProperties", schemaOf(type.getContentType()));
      return map;
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      ObjectNode array = typed("array");
      array.set("items", schemaOf(type.getContentType()));
      if (Set.class.isAssignableFrom(raw)) {
        array.put("uniqueItems", true);
      }
      return array;
    }
    return ref(raw);
  }

  private ObjectNode ref(Class<?> raw) {
    String name = defName(raw);
    Class<?> owner = defOwners.putIfAbsent(name, raw);
    if (owner != null && owner != raw) {
      throw new IllegalStateException("two types are named " + name + ": " + owner + ", " + raw);
    }
    if (!defs.containsKey(name)) {
      defs.put(name, NODES.objectNode());
      defs.put(name, define(raw));
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  private ObjectNode define(Class<?> raw) {
    if (raw.isEnum()) {
      ObjectNode node = typed("string");
      node.set("enum", enumNames(raw));
      return node;
    }
    JsonSubTypes subtypes = raw.getAnnotation(JsonSubTypes.class);
    if (raw.getAnnotation(JsonTypeInfo.class) != null && subtypes != null) {
      ObjectNode node = NODES.objectNode();
      ArrayNode oneOf = node.putArray("oneOf");
      for (JsonSubTypes.Type subtype : subtypes.value()) {
        oneOf.add(ref(subtype.value()));
      }
      return node;
    }
    JavaType type = mapper.constructType(raw);
    BeanDescription description = mapper.getSerializationConfig().introspect(type);
    AnnotatedMember value = description.findJsonValueAccessor();
    if (value != null) {
      return schemaOf(value.getType());
    }
    JsonSerializer<Object> serializer;
    try {
      serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("no serializer for " + raw, e);
    }
    if (!(serializer instanceof BeanSerializerBase bean)) {
      throw new IllegalStateException("no schema rule for " + raw + ", written by " + serializer);
    }
    ObjectNode node = typed("object");
    ObjectNode properties = node.putObject("properties");
    List<String> required = new ArrayList<>();
    String typeName = typeName(raw);
    if (typeName != null) {
      properties.putObject("type").put("const", typeName);
      required.add("type");
    }
    for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
      PropertyWriter property = it.next();
      if (!(property instanceof BeanPropertyWriter writer)) {
        throw new IllegalStateException("no schema rule for property " + property.getName()
            + " of " + raw);
      }
      Method accessor = modelAccessor(raw, writer);
      ObjectNode schema = schemaOf(writer.getType());
      Boolean creatorNullable = creatorNullable(raw, writer.getName());
      boolean nullable = accessor.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)
          || Boolean.TRUE.equals(creatorNullable);
      if (nullable) {
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(schema).add(typed("null"));
        schema = either;
      }
      properties.set(writer.getName(), schema);
      if (!nullable && isRequired(raw, accessor)) {
        required.add(writer.getName());
      }
    }
    if (!required.isEmpty()) {
      ArrayNode names = node.putArray("required");
      required.forEach(names::add);
    }
    node.put("additionalProperties", false);
    return node;
  }

  /** The model's own accessor behind a property: where its annotations and modifiers are. */
  private static Method modelAccessor(Class<?> raw, BeanPropertyWriter writer) {
    AnnotatedMember member = writer.getMember();
    String name = member.getName();
    for (Class<?> c = raw; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredMethod(name);
      } catch (NoSuchMethodException ignored) {
        // declared further up
      }
    }
    try {
      return raw.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no accessor " + name + " on " + raw, e);
    }
  }

  /**
   * Whether the {@code @JsonCreator} parameter reading {@code property} accepts null (then the
   * property may be left out), or null when the type has no such creator parameter.
   */
  private static @Nullable Boolean creatorNullable(Class<?> raw, String property) {
    List<Executable> creators = new ArrayList<>(List.of(raw.getDeclaredConstructors()));
    creators.addAll(List.of(raw.getDeclaredMethods()));
    for (Executable creator : creators) {
      if (creator.getAnnotation(JsonCreator.class) == null) {
        continue;
      }
      for (Parameter parameter : creator.getParameters()) {
        JsonProperty name = parameter.getAnnotation(JsonProperty.class);
        if (name != null && name.value().equals(property)) {
          return parameter.getAnnotatedType().isAnnotationPresent(Nullable.class);
        }
      }
    }
    return null;
  }

  private static boolean isRequired(Class<?> raw, Method accessor) {
    if (raw.isRecord() || !Modifier.isAbstract(raw.getModifiers())) {
      // records and constructor-made classes check every non-nullable component
      return true;
    }
    // Immutables: abstract accessors are mandatory; collections default to empty and
    // concrete accessors (defaults) to their value
    return Modifier.isAbstract(accessor.getModifiers())
        && !IMMUTABLES_CONTAINERS.contains(accessor.getReturnType());
  }

  /** The {@code type} name of a subtype of a polymorphic type, or null for other types. */
  private static @Nullable String typeName(Class<?> raw) {
    List<Class<?>> supertypes = new ArrayList<>(List.of(raw.getInterfaces()));
    if (raw.getSuperclass() != null) {
      supertypes.add(raw.getSuperclass());
    }
    for (Class<?> supertype : supertypes) {
      JsonSubTypes subtypes = supertype.getAnnotation(JsonSubTypes.class);
      JsonTypeInfo info = supertype.getAnnotation(JsonTypeInfo.class);
      if (subtypes == null || info == null) {
        continue;
      }
      if (info.use() != JsonTypeInfo.Id.NAME || !info.property().equals("type")) {
        throw new IllegalStateException("no schema rule for " + info + " on " + supertype);
      }
      for (JsonSubTypes.Type subtype : subtypes.value()) {
        if (subtype.value() == raw) {
          return subtype.name();
        }
      }
    }
    return null;
  }

  private ArrayNode enumNames(Class<?> raw) {
    ArrayNode names = NODES.arrayNode();
    for (Object constant : raw.getEnumConstants()) {
      names.add(mapper.valueToTree(constant).asText());
    }
    return names;
  }

  private static String defName(Class<?> raw) {
    String name = raw.getSimpleName();
    for (Class<?> outer = raw.getEnclosingClass(); outer != null;
        outer = outer.getEnclosingClass()) {
      name = outer.getSimpleName() + "." + name;
    }
    return name;
  }

  private static ObjectNode typed(String type) {
    return NODES.objectNode().put("type", type);
  }
}
