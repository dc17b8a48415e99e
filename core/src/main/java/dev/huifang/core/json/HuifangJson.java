package dev.huifang.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.huifang.core.Limits;
import dev.huifang.core.Problem;
import dev.huifang.core.internal.JsonFailures;
import dev.huifang.core.internal.StrictScalars;
import dev.huifang.core.privacy.DisclosurePolicy;
import dev.huifang.core.privacy.Redactor;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Huifang's JSON: one configured Jackson mapper for every model, and reading that never throws for
 * bad input.
 *
 * <p>The rules it enforces: a value is read only from the JSON type it is written as, never
 * coerced: numbers and booleans are not text, text is not a number, a time or a boolean, floats are
 * not whole numbers; enum names must match exactly (no blanks trimmed, no indexes); instants are
 * ISO-8601 text, never numeric timestamps; {@code NaN}, infinity (also as {@code "NaN"} text) and
 * numbers too large for a double are refused; {@code null} is refused for primitives and inside
 * lists and maps, each at its exact JSON path; unknown and duplicate properties and trailing
 * tokens are refused. Input beyond the documented {@link Limits} (document length, text length,
 * nesting depth, time range) is a Problem, never a stack overflow or a hang. Map keys are written
 * sorted so the same model gives the same bytes; no polymorphic default typing is ever enabled.
 *
 * <p>Every failure comes back from {@link #read(String, Class)} as {@link Problem}s in Huifang's
 * words, naming the JSON path, what the value must be and what was found, e.g.
 * {@code priorEngagements: must be a whole number, was "two"}; no Problem names a Java type or a
 * Jackson setting.
 */
public final class HuifangJson {

  private static final ObjectMapper MAPPER = newMapper();

  private HuifangJson() {}

  /**
   * A new mapper configured for Huifang's models; each call returns a fresh instance that the
   * caller may configure further without affecting Huifang.
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(Limits.MAX_DOCUMENT_LENGTH)
            .maxStringLength(Limits.MAX_TEXT_LENGTH)
            .maxNameLength(Limits.MAX_NAME_LENGTH)
            .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
            .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
            .build())
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        // a null inside a list or a map is refused at its own path, e.g. tags[2]
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .build();
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false);
    for (LogicalType numeric : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
    }
    return mapper;
  }

  /**
   * The Jackson module of Huifang's models, for host apps that bring their own mapper; it depends
   * on Jackson's Java time module, which Jackson registers with it.
   */
  public static Module module() {
    return new HuifangModule();
  }

  /**
   * Reads a model from JSON.
   *
   * @return the model, or Problems: {@link Problem#FORMAT} for malformed JSON or a wrong type,
   *     {@link Problem#UNKNOWN} for an unknown property, {@link Problem#REQUIRED} for a missing one,
   *     and the model's own Problems (e.g. {@link Problem#RANGE}) placed under their JSON path
   */
  public static <T> Validation<Seq<Problem>, T> read(String json, Class<T> type) {
    requireNonNull(type, "type is null");
    return read(json, MAPPER.constructType(type));
  }

  /** Like {@link #read(String, Class)}, for generic types such as {@code List<CaseEvent>}. */
  public static <T> Validation<Seq<Problem>, T> read(String json, TypeReference<T> type) {
    requireNonNull(type, "type is null");
    return read(json, MAPPER.constructType(type));
  }

  /**
   * Like {@link #read(String, Class)}, for a type built with Jackson's {@code TypeFactory}; the
   * caller vouches that {@code T} is the type's class.
   */
  public static <T> Validation<Seq<Problem>, T> read(String json, JavaType type) {
    requireNonNull(json, "json is null");
    requireNonNull(type, "type is null");
    if (json.length() > Limits.MAX_DOCUMENT_LENGTH) {
      return Validation.invalid(io.vavr.collection.List.of(new Problem(Problem.RANGE, Problem.ROOT,
          null, "must be a JSON document of at most " + Limits.MAX_DOCUMENT_LENGTH
              + " characters")));
    }
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(json);
      T value = MAPPER.readValue(parser, type);
      if (value == null) {
        return Validation.invalid(io.vavr.collection.List.of(Problem.required(Problem.ROOT)));
      }
      return Validation.valid(value);
    } catch (JsonProcessingException failure) {
      return Validation.invalid(JsonFailures.problems(failure, parser));
    } catch (IOException unreadable) {
      // reading a String performs no I/O; kept apart so that it is never mistaken for bad input
      throw new UncheckedIOException(unreadable);
    } finally {
      closeQuietly(parser);
    }
  }

  private static void closeQuietly(@Nullable JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // nothing to release for text held in memory
      }
    }
  }

  /**
   * Writes a model as compact JSON; the same model always gives the same text.
   *
   * @throws IllegalArgumentException if the value is not a type Jackson can write (a programmer
   *     error; every Huifang model can be written)
   */
  public static String write(Object value) {
    requireNonNull(value, "value is null");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException failure) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), failure);
    }
  }

  /**
   * Writes a value as the given type, e.g. a {@code List<CaseEvent>} whose elements need their
   * type names: Java erases the element type of a bare list, so {@link #write(Object)} cannot see
   * it.
   *
   * @throws IllegalArgumentException if the value cannot be written as that type (a programmer
   *     error)
   */
  public static <T> String write(T value, TypeReference<T> type) {
    requireNonNull(value, "value is null");
    requireNonNull(type, "type is null");
    try {
      return MAPPER.writerFor(type).writeValueAsString(value);
    } catch (JsonProcessingException failure) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), failure);
    }
  }

  /**
   * Writes a model as compact JSON for another system, as {@code disclosure} allows for
   * {@link DisclosurePolicy.Output#JSON_EXPORT}: when that output redacts, every text value in the
   * document (at any depth: a case's description, an answer, a quoted piece of evidence, an id
   * that is someone's mobile number) is masked by {@code redactor}; otherwise the text is the
   * same as {@link #write(Object)}. Property names and map keys are left as they are (they are
   * Huifang's names and the host's identifiers, and masking two keys alike would merge them);
   * numbers, booleans and nulls are never touched.
   *
   * <p>The export is one-way by design: a masked document is for a reader outside, not for
   * reloading; {@link #write(Object)} stays lossless so that a host can store and reload its
   * models.
   *
   * @throws IllegalArgumentException if the value is not a type Jackson can write (a programmer
   *     error; every Huifang model can be written)
   */
  public static String export(Object value, DisclosurePolicy disclosure, Redactor redactor) {
    requireNonNull(value, "value is null");
    requireNonNull(disclosure, "disclosure is null");
    requireNonNull(redactor, "redactor is null");
    if (!disclosure.redacts(DisclosurePolicy.Output.JSON_EXPORT)) {
      return write(value);
    }
    JsonNode tree = MAPPER.valueToTree(value);
    JsonNode masked = tree == null ? NullNode.getInstance() : mask(tree, redactor);
    try {
      return MAPPER.writeValueAsString(masked);
    } catch (JsonProcessingException failure) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), failure);
    }
  }

  /**
   * Like {@link #export(Object, DisclosurePolicy, Redactor)}, writing the value as the given type
   * (e.g. a {@code List<CaseEvent>}, whose elements need their type names).
   *
   * @throws IllegalArgumentException if the value cannot be written as that type (a programmer
   *     error)
   */
  public static <T> String export(T value, TypeReference<T> type, DisclosurePolicy disclosure,
      Redactor redactor) {
    requireNonNull(disclosure, "disclosure is null");
    requireNonNull(redactor, "redactor is null");
    String json = write(value, type);
    if (!disclosure.redacts(DisclosurePolicy.Output.JSON_EXPORT)) {
      return json;
    }
    try {
      return MAPPER.writeValueAsString(mask(MAPPER.readTree(json), redactor));
    } catch (JsonProcessingException failure) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), failure);
    }
  }

  /**
   * Masks every text value of {@code root}, walking with an explicit stack: a model's depth is
   * bounded by the {@link Limits}, but the walk never relies on that.
   */
  private static JsonNode mask(JsonNode root, Redactor redactor) {
    if (root.isTextual()) {
      return TextNode.valueOf(redactor.redact(root.textValue()).text());
    }
    ArrayDeque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      if (node instanceof ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
          JsonNode child = object.get(name);
          if (child.isTextual()) {
            object.put(name, redactor.redact(child.textValue()).text());
          } else if (child.isContainerNode()) {
            pending.push(child);
          }
        }
      } else if (node instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          JsonNode child = array.get(i);
          if (child.isTextual()) {
            array.set(i, TextNode.valueOf(redactor.redact(child.textValue()).text()));
          } else if (child.isContainerNode()) {
            pending.push(child);
          }
        }
      }
    }
    return root;
  }

  /** Like {@link #write(Object)}, indented for people to read. */
  public static String writePretty(Object value) {
    requireNonNull(value, "value is null");
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException failure) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName(), failure);
    }
  }

  private static final class HuifangModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    HuifangModule() {
      super("huifang");
      StrictScalars.register(this);
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
      return List.of(new JavaTimeModule());
    }
  }
}
