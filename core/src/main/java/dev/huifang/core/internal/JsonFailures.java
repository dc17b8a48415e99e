package dev.huifang.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.huifang.core.InvalidModelException;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Translates Jackson's exceptions into Problems that name the JSON path and the rule, so that no
 * Jackson type or stack trace reaches a Huifang caller.
 */
public final class JsonFailures {

  private JsonFailures() {}

  /** The Problems that explain why reading failed. */
  public static Seq<Problem> problems(JsonProcessingException failure) {
    if (!(failure instanceof JsonMappingException mapping)) {
      return List.of(new Problem(Problem.FORMAT, Problem.ROOT, null,
          "must be well-formed JSON (" + firstLine(failure.getOriginalMessage())
              + location(failure.getLocation()) + ")"));
    }
    String path = path(mapping);
    Throwable model = modelFailure(mapping);
    if (model instanceof InvalidModelException invalid) {
      return invalid.problems().map(problem -> problem.under(path));
    }
    if (model != null) {
      Seq<Problem> missing = Validated.missingAttributes(model);
      if (!missing.isEmpty()) {
        return missing.map(problem -> problem.under(path));
      }
      return List.of(new Problem(Problem.FORMAT, path, null, firstLine(model.getMessage())));
    }
    if (mapping instanceof PropertyBindingException unknown) {
      String known = unknown.getKnownPropertyIds() == null ? ""
          : " (known: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
              .collect(Collectors.joining(", ")) + ")";
      return List.of(Problem.of(Problem.UNKNOWN, path, unknown.getPropertyName(),
          "is not a known property" + known));
    }
    if (mapping instanceof InvalidFormatException format) {
      Class<?> target = format.getTargetType();
      String rule = target != null && target.isEnum()
          ? "must be one of " + Arrays.toString(target.getEnumConstants())
          : "must be a valid " + describe(target);
      return List.of(Problem.of(Problem.FORMAT, path, format.getValue(), rule));
    }
    if (mapping instanceof MismatchedInputException mismatch) {
      Class<?> target = mismatch.getTargetType();
      if (firstLine(mismatch.getOriginalMessage()).startsWith("Missing required creator property")) {
        return List.of(Problem.required(path));
      }
      return List.of(new Problem(Problem.FORMAT, path, null,
          target == null ? firstLine(mismatch.getOriginalMessage())
              : "must be a " + describe(target) + " (" + firstLine(mismatch.getOriginalMessage()) + ")"));
    }
    return List.of(new Problem(Problem.FORMAT, path, null, firstLine(mapping.getOriginalMessage())));
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
    }
    return out.length() == 0 ? Problem.ROOT : out.toString();
  }

  /** The exception a model's own construction threw, if that is what failed. */
  private static Throwable modelFailure(DatabindException mapping) {
    Throwable cause = mapping.getCause();
    boolean instantiating = mapping instanceof ValueInstantiationException;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof InvalidModelException) {
        return t;
      }
      if (t instanceof IllegalStateException || t instanceof IllegalArgumentException
          || t instanceof NullPointerException) {
        return instantiating || !(t instanceof NullPointerException) ? t : null;
      }
    }
    return null;
  }

  private static String describe(Class<?> target) {
    if (target == null) {
      return "value";
    }
    if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
      return "number";
    }
    if (target == String.class || target == CharSequence.class) {
      return "string";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "boolean";
    }
    if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "array";
    }
    return target.getSimpleName();
  }

  private static String location(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid value";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
