package dev.huifang.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.huifang.core.Problem;
import dev.huifang.core.internal.JsonFailures;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Huifang's JSON: one configured Jackson mapper for every model, and reading that never throws for
 * bad input.
 *
 * <p>The rules it enforces: unknown properties, trailing tokens, {@code null} for a primitive,
 * numbers for enums, strings for numbers and floats for integers are all rejected; NaN and
 * infinity are not JSON; times are ISO-8601 strings; map keys are written sorted so the same model
 * gives the same bytes; no polymorphic default typing is ever enabled. Every failure comes back
 * from {@link #read(String, Class)} as {@link Problem}s naming the JSON path and the rule.
 */
public final class HuifangJson {

  private static final ObjectMapper MAPPER = newMapper();

  private HuifangJson() {}

  /**
   * A new mapper configured for Huifang's models; each call returns a fresh instance that the
   * caller may configure further without affecting Huifang.
   */
  public static ObjectMapper newMapper() {
    JsonMapper mapper = JsonMapper.builder()
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
        .build();
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    for (LogicalType numeric : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
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
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        return Validation.invalid(io.vavr.collection.List.of(Problem.required(Problem.ROOT)));
      }
      return Validation.valid(value);
    } catch (JsonProcessingException failure) {
      return Validation.invalid(JsonFailures.problems(failure));
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
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
      return List.of(new JavaTimeModule());
    }
  }
}
