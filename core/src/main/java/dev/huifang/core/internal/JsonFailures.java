package dev.huifang.core.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.huifang.core.InvalidModelException;
import dev.huifang.core.Limits;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Translates Jackson's exceptions into Problems in Huifang's words: the JSON path, what the value
 * must be and what was found. No Jackson message, setting, Java type or stack trace reaches a
 * Huifang caller; a failure this class does not recognise is worded from the expected type alone.
 */
public final class JsonFailures {

  /** {@code requireNonNull(x, "x is null")}, Huifang's way of refusing a missing value. */
  private static final Pattern NULL_FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_]*) is null");
  /** A model's own message, {@code field: rule}, as Huifang's models word them. */
  private static final Pattern FIELD_RULE =
      Pattern.compile("([A-Za-z][A-Za-z0-9_.\\[\\]-]*): ([^\\n]+)");
  /** Words that would leak Java or Jackson into a message. */
  private static final Pattern LEAK = Pattern.compile(
      "java\\.|javax\\.|com\\.fasterxml|dev\\.huifang|Exception|Feature|`|\\$|Cannot invoke"
          + "|because \"|\\bclass\\b|Immutable");

  private JsonFailures() {}

  /**
   * The Problems that explain why reading failed.
   *
   * @param parser the parser that was reading, for the path of failures found while parsing
   */
  public static Seq<Problem> problems(JsonProcessingException failure, @Nullable JsonParser parser) {
    if (failure instanceof RejectedInput rejected) {
      return List.of(new Problem(rejected.code(), path(rejected), rejected.found(),
          rejected.rule()));
    }
    StreamConstraintsException limit = find(failure, StreamConstraintsException.class);
    if (limit != null) {
      return List.of(limit(limit, parser));
    }
    if (!(failure instanceof JsonMappingException mapping)) {
      return List.of(parsing(failure, parser));
    }
    String path = path(mapping);
    if (mapping instanceof InvalidNullException) {
      return List.of(new Problem(Problem.REQUIRED, path, null, "must not be null"));
    }
    if (mapping instanceof InvalidTypeIdException typeId) {
      return List.of(typeId(typeId, path));
    }
    Throwable model = modelFailure(mapping);
    if (model instanceof InvalidModelException invalid) {
      return invalid.problems().map(problem -> problem.under(path));
    }
    if (model != null) {
      return model(model, path, mapping);
    }
    if (mapping instanceof PropertyBindingException unknown) {
      String known = unknown.getKnownPropertyIds() == null ? ""
          : " (known: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
              .collect(Collectors.joining(", ")) + ")";
      return List.of(Problem.of(Problem.UNKNOWN, path, unknown.getPropertyName(),
          "is not a known property" + known));
    }
    if (mapping instanceof InvalidFormatException format) {
      return List.of(Problem.of(Problem.FORMAT, path, shortValue(format.getValue()),
          "must be " + describe(format.getTargetType())));
    }
    if (mapping instanceof MismatchedInputException mismatch) {
      String original = firstLine(mismatch.getOriginalMessage());
      if (original.startsWith("Missing required creator property")) {
        return List.of(Problem.required(path));
      }
      if (original.startsWith("No content to map")) {
        return List.of(new Problem(Problem.REQUIRED, path, null,
            "must be a JSON document; the input is empty"));
      }
      return List.of(new Problem(Problem.FORMAT, path, found(mismatch),
          "must be " + describe(mismatch.getTargetType())));
    }
    return List.of(new Problem(Problem.FORMAT, path, found(mapping), "must be a valid value"));
  }

  /** A broken documented limit, at the path where the parser stood. */
  private static Problem limit(StreamConstraintsException limit, @Nullable JsonParser parser) {
    String message = String.valueOf(limit.getOriginalMessage());
    String path = path(parser);
    if (message.startsWith("Document length")) {
      return new Problem(Problem.RANGE, Problem.ROOT, null,
          "must be a JSON document of at most " + Limits.MAX_DOCUMENT_LENGTH + " characters");
    }
    if (message.startsWith("Document nesting depth") || message.contains("nesting depth")) {
      return new Problem(Problem.RANGE, path, null,
          "must be nested at most " + Limits.MAX_NESTING_DEPTH + " levels deep");
    }
    if (message.startsWith("String value length") || message.startsWith("String length")) {
      return new Problem(Problem.RANGE, path, null,
          "must be a text of at most " + Limits.MAX_TEXT_LENGTH + " characters");
    }
    if (message.startsWith("Name length") || message.startsWith("Name value length")) {
      return new Problem(Problem.RANGE, path, null,
          "must have property names of at most " + Limits.MAX_NAME_LENGTH + " characters");
    }
    if (message.startsWith("Number value length") || message.contains("Number")) {
      return new Problem(Problem.RANGE, path, null,
          "must be a number of at most " + Limits.MAX_NUMBER_LENGTH + " characters");
    }
    return new Problem(Problem.RANGE, path, null, "must be within Huifang's input limits");
  }

  /** Malformed JSON, NaN or infinity, a duplicate property, a number out of range. */
  private static Problem parsing(JsonProcessingException failure, @Nullable JsonParser parser) {
    String message = String.valueOf(failure.getOriginalMessage());
    String path = path(parser);
    Matcher special = Pattern.compile("Non-standard token '([^']*)'").matcher(message);
    if (special.find()) {
      return new Problem(Problem.RANGE, path, special.group(1), "must be a finite number");
    }
    Matcher duplicate = Pattern.compile("Duplicate (?:field|Object property) '").matcher(message);
    if (duplicate.find()) {
      return new Problem(Problem.DUPLICATE, path, null, "must occur only once in its object");
    }
    if (failure instanceof InputCoercionException) {
      return new Problem(Problem.RANGE, path, null, "must be a number within range");
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return new Problem(Problem.FORMAT, Problem.ROOT, null,
          "must be well-formed JSON: the input ends too early" + location(failure.getLocation()));
    }
    return new Problem(Problem.FORMAT, Problem.ROOT, null,
        "must be well-formed JSON" + location(failure.getLocation()));
  }

  private static Problem typeId(InvalidTypeIdException failure, String path) {
    JavaType base = failure.getBaseType();
    String property = "type";
    JsonTypeInfo info = base == null ? null : base.getRawClass().getAnnotation(JsonTypeInfo.class);
    Matcher named = Pattern.compile("type id property '([^']*)'")
        .matcher(String.valueOf(failure.getOriginalMessage()));
    if (info != null && !info.property().isEmpty()) {
      // the model's own name for its kind, also when Jackson's message does not quote it
      property = info.property();
    } else if (named.find()) {
      property = named.group(1);
    }
    String at = Problem.join(path, property);
    if (failure.getTypeId() == null) {
      return Problem.required(at);
    }
    String kinds = "";
    JsonSubTypes subtypes = base == null ? null
        : base.getRawClass().getAnnotation(JsonSubTypes.class);
    if (subtypes != null) {
      kinds = " " + Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::name).sorted()
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return Problem.of(Problem.FORMAT, path, shortValue(failure.getTypeId()),
        "must have a " + property + " that is a known kind" + kinds);
  }

  /** A model refused to be built: its own Problems, its missing attributes or its message. */
  private static Seq<Problem> model(Throwable model, String path, JsonMappingException mapping) {
    Seq<Problem> missing = Validated.missingAttributes(model);
    if (!missing.isEmpty()) {
      return missing.map(problem -> problem.under(path));
    }
    String message = firstLine(model.getMessage());
    Matcher isNull = NULL_FIELD.matcher(message);
    if (isNull.matches()) {
      return List.of(Problem.required(Problem.join(path, isNull.group(1))));
    }
    if (model instanceof NullPointerException) {
      return List.of(new Problem(Problem.REQUIRED, path, null,
          "must hold every required value, but one is missing or null"));
    }
    if (!LEAK.matcher(message).find()) {
      Matcher fieldRule = FIELD_RULE.matcher(message);
      if (fieldRule.matches()) {
        return List.of(new Problem(Problem.FORMAT, Problem.join(path, fieldRule.group(1)), null,
            fieldRule.group(2)));
      }
      return List.of(new Problem(Problem.FORMAT, path, null, message));
    }
    return List.of(new Problem(Problem.FORMAT, path, null,
        "must be " + describe(mapping instanceof MismatchedInputException m ? m.getTargetType()
            : mapping instanceof ValueInstantiationException v ? v.getType() : null)));
  }

  /** The JSON path of the failure, e.g. {@code period.end} or {@code evidence[0].figures}. */
  private static String path(JsonMappingException mapping) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference step : mapping.getPath()) {
      if (step.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        out.append('[').append(step.getIndex()).append(']');
      }
      if (out.length() > 4 * Limits.MAX_PROBLEM_PATH_LENGTH) {
        break;
      }
    }
    return out.length() == 0 ? Problem.ROOT : out.toString();
  }

  /** The JSON path where the parser stands, e.g. {@code questions[3].priority}. */
  private static String path(@Nullable JsonParser parser) {
    if (parser == null) {
      return Problem.ROOT;
    }
    ArrayDeque<String> steps = new ArrayDeque<>();
    for (JsonStreamContext context = parser.getParsingContext(); context != null;
        context = context.getParent()) {
      if (context.inArray()) {
        steps.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
      } else if (context.inObject() && context.getCurrentName() != null) {
        steps.push(context.getCurrentName());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String step : steps) {
      if (out.length() > 0 && !step.startsWith("[")) {
        out.append('.');
      }
      out.append(step);
    }
    return out.length() == 0 ? Problem.ROOT : out.toString();
  }

  /** The exception a model's own construction threw, if that is what failed. */
  private static @Nullable Throwable modelFailure(JsonMappingException mapping) {
    for (Throwable t = mapping.getCause(); t != null; t = t.getCause()) {
      if (t instanceof InvalidModelException || t instanceof IllegalStateException
          || t instanceof IllegalArgumentException || t instanceof NullPointerException
          || t instanceof ArithmeticException || t instanceof java.time.DateTimeException) {
        return t;
      }
    }
    return null;
  }

  /** What a failed value was, as the parser last saw it. */
  private static @Nullable String found(JsonMappingException failure) {
    if (failure.getProcessor() instanceof JsonParser parser && parser.currentToken() != null) {
      try {
        return StrictScalars.found(parser);
      } catch (IOException | RuntimeException unreadable) {
        return null;
      }
    }
    return null;
  }

  /** What a value of {@code target} must be, in a user's words. */
  static String describe(@Nullable Object target) {
    Class<?> type = target instanceof JavaType javaType ? javaType.getRawClass()
        : target instanceof Class<?> c ? c : null;
    if (type == null) {
      return "a valid value";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == String.class || type == CharSequence.class) {
      return "text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Instant.class) {
      return "an ISO-8601 instant such as 2026-06-18T14:00:00Z";
    }
    if (type == Duration.class) {
      return "an ISO-8601 duration such as PT24H";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "a valid " + words(type);
  }

  /** {@code ImmutableCaseEvent$Submitted} as {@code case event (submitted)}. */
  private static String words(Class<?> type) {
    String name = type.getSimpleName();
    Class<?> outer = type.getEnclosingClass();
    if (name.equals("Json") || name.equals("Builder")) {
      name = outer == null ? name : outer.getSimpleName();
      outer = outer == null ? null : outer.getEnclosingClass();
    }
    if (name.startsWith("Immutable") && name.length() > "Immutable".length()) {
      name = name.substring("Immutable".length());
    }
    String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return outer == null ? words : words(outer) + " (" + words + ")";
  }

  private static @Nullable Object shortValue(@Nullable Object value) {
    if (value instanceof String text && text.length() > Limits.MAX_PROBLEM_VALUE_LENGTH) {
      return text.substring(0, Limits.MAX_PROBLEM_VALUE_LENGTH);
    }
    return value;
  }

  private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> kind) {
    int steps = 0;
    for (Throwable t = failure; t != null && steps < 20; t = t.getCause(), steps++) {
      if (kind.isInstance(t)) {
        return kind.cast(t);
      }
    }
    return null;
  }

  private static String location(@Nullable JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "invalid value";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
