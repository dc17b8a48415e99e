package dev.huifang.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import dev.huifang.core.Limits;
import dev.huifang.core.Problem;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Huifang's strict reading of JSON scalars: a value is read only from the JSON type it is written
 * as, never coerced.
 *
 * <p>Text only from a JSON string (never a number or a boolean); whole numbers only from integral
 * JSON numbers that fit; numbers only from JSON numbers, and only finite ones (no {@code "NaN"}, no
 * {@code 1e400}); booleans only from {@code true} and {@code false}; enum names only exactly as
 * declared (no blanks trimmed, no case folded, no indexes); instants only as ISO-8601 text within
 * [{@link Limits#EARLIEST}, {@link Limits#LATEST}) and never as numeric timestamps; durations only
 * as ISO-8601 text no longer than {@link Limits#LONGEST}; dates, times of day and zones only as
 * ISO-8601 or IANA text. A primitive that is {@code null} or missing is a Problem, not a zero.
 */
public final class StrictScalars {

  private StrictScalars() {}

  /** Registers the strict readers on {@code module}. */
  public static void register(SimpleModule module) {
    module.addDeserializer(String.class, new Reader<>(String.class, false, StrictScalars::text));
    module.addDeserializer(Integer.class, new Reader<>(Integer.class, false, StrictScalars::wholeInt));
    module.addDeserializer(int.class, new Reader<>(Integer.class, true, StrictScalars::wholeInt));
    module.addDeserializer(Long.class, new Reader<>(Long.class, false, StrictScalars::wholeLong));
    module.addDeserializer(long.class, new Reader<>(Long.class, true, StrictScalars::wholeLong));
    module.addDeserializer(Double.class, new Reader<>(Double.class, false, StrictScalars::number));
    module.addDeserializer(double.class, new Reader<>(Double.class, true, StrictScalars::number));
    module.addDeserializer(Boolean.class, new Reader<>(Boolean.class, false, StrictScalars::bool));
    module.addDeserializer(boolean.class, new Reader<>(Boolean.class, true, StrictScalars::bool));
    module.addDeserializer(Instant.class, new Reader<>(Instant.class, false, StrictScalars::instant));
    module.addDeserializer(Duration.class,
        new Reader<>(Duration.class, false, StrictScalars::duration));
    module.addDeserializer(LocalDate.class,
        new Reader<>(LocalDate.class, false, StrictScalars::date));
    module.addDeserializer(LocalTime.class,
        new Reader<>(LocalTime.class, false, StrictScalars::time));
    module.addDeserializer(ZoneId.class, new Reader<>(ZoneId.class, false, StrictScalars::zone));
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config,
          JavaType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
        return enumReader(type.getRawClass());
      }
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an enum type known only at run time
  private static JsonDeserializer<?> enumReader(Class<?> type) {
    Class<? extends Enum> enumType = (Class<? extends Enum>) type;
    Object[] constants = type.getEnumConstants();
    String names = Arrays.toString(constants);
    return new Reader<Object>((Class<Object>) type, false, p -> {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText();
        for (Object constant : constants) {
          if (((Enum<?>) constant).name().equals(text)) {
            return Enum.valueOf(enumType, text);
          }
        }
      }
      throw reject(p, Problem.FORMAT, "must be one of " + names);
    });
  }

  /** What the parser's current token is, as a Problem shows a rejected value. */
  public static String found(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_STRING -> Problem.render(shortText(p.getText()));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> shortText(p.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case START_OBJECT, FIELD_NAME, END_OBJECT -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      default -> "another kind of value";
    };
  }

  private static String shortText(String text) {
    int max = Limits.MAX_PROBLEM_VALUE_LENGTH;
    return text.length() <= max ? text : text.substring(0, max);
  }

  static RejectedInput reject(JsonParser p, String code, String rule) throws IOException {
    return new RejectedInput(p, code, rule, found(p));
  }

  private static String text(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw reject(p, Problem.FORMAT, "must be text");
    }
    return p.getText();
  }

  private static Integer wholeInt(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw reject(p, Problem.FORMAT, "must be a whole number");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw reject(p, Problem.RANGE, "must be a whole number within [" + Integer.MIN_VALUE + ", "
          + Integer.MAX_VALUE + "]");
    }
    return p.getIntValue();
  }

  private static Long wholeLong(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw reject(p, Problem.FORMAT, "must be a whole number");
    }
    JsonParser.NumberType type = p.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw reject(p, Problem.RANGE, "must be a whole number within [" + Long.MIN_VALUE + ", "
          + Long.MAX_VALUE + "]");
    }
    return p.getLongValue();
  }

  private static Double number(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw reject(p, Problem.FORMAT, "must be a number");
    }
    double value = p.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw reject(p, Problem.RANGE, "must be a finite number within [" + -Double.MAX_VALUE
          + ", " + Double.MAX_VALUE + "]");
    }
    return value;
  }

  private static Boolean bool(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw reject(p, Problem.FORMAT, "must be true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private static Instant instant(JsonParser p) throws IOException {
    String rule = "must be an ISO-8601 instant such as 2026-06-18T14:00:00Z, within ["
        + Limits.EARLIEST + ", " + Limits.LATEST + ")";
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw reject(p, Problem.FORMAT, rule);
    }
    Instant instant;
    try {
      instant = DateTimeFormatter.ISO_INSTANT.parse(p.getText(), Instant::from);
    } catch (DateTimeException malformed) {
      throw reject(p, Problem.FORMAT, rule);
    }
    if (!Limits.accepts(instant)) {
      throw reject(p, Problem.RANGE, rule);
    }
    return instant;
  }

  private static Duration duration(JsonParser p) throws IOException {
    String rule = "must be an ISO-8601 duration such as PT24H, at most " + Limits.LONGEST
        + " either way";
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw reject(p, Problem.FORMAT, rule);
    }
    Duration duration;
    try {
      duration = Duration.parse(p.getText());
    } catch (DateTimeException malformed) {
      throw reject(p, Problem.FORMAT, rule);
    }
    if (!Limits.accepts(duration)) {
      throw reject(p, Problem.RANGE, rule);
    }
    return duration;
  }

  private static LocalDate date(JsonParser p) throws IOException {
    String rule = "must be an ISO-8601 date such as 2026-06-18, within ["
        + LocalDate.ofInstant(Limits.EARLIEST, java.time.ZoneOffset.UTC) + ", "
        + LocalDate.ofInstant(Limits.LATEST, java.time.ZoneOffset.UTC) + ")";
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw reject(p, Problem.FORMAT, rule);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(p.getText());
    } catch (DateTimeException malformed) {
      throw reject(p, Problem.FORMAT, rule);
    }
    if (date.getYear() < 1900 || date.getYear() >= 2200) {
      throw reject(p, Problem.RANGE, rule);
    }
    return date;
  }

  private static LocalTime time(JsonParser p) throws IOException {
    String rule = "must be an ISO-8601 time of day such as 09:00";
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw reject(p, Problem.FORMAT, rule);
    }
    try {
      return LocalTime.parse(p.getText());
    } catch (DateTimeException malformed) {
      throw reject(p, Problem.FORMAT, rule);
    }
  }

  private static ZoneId zone(JsonParser p) throws IOException {
    String rule = "must be a time zone such as Asia/Shanghai or +08:00";
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw reject(p, Problem.FORMAT, rule);
    }
    try {
      return ZoneId.of(p.getText());
    } catch (DateTimeException malformed) {
      throw reject(p, Problem.FORMAT, rule);
    }
  }

  /** What reads one scalar from the parser's current token, or throws a {@link RejectedInput}. */
  @FunctionalInterface
  private interface Read<T> {
    T read(JsonParser p) throws IOException;
  }

  /** A strict reader of one scalar type; a primitive one refuses null and absence. */
  private static final class Reader<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final boolean primitive;
    private final transient Read<T> read;

    Reader(Class<T> type, boolean primitive, Read<T> read) {
      super(type);
      this.primitive = primitive;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read.read(p);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return primitive ? AccessPattern.DYNAMIC : AccessPattern.ALWAYS_NULL;
    }

    @Override
    public @Nullable T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      if (primitive) {
        throw new RejectedInput(ctxt.getParser(), Problem.REQUIRED, "must not be null", null);
      }
      return null;
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext ctxt)
        throws JsonMappingException {
      if (primitive) {
        throw new RejectedInput(ctxt.getParser(), Problem.REQUIRED, "is required", null);
      }
      return null;
    }
  }
}
