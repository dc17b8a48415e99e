package dev.huifang.closedloop.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.huifang.closedloop.SlaClock;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes a clock as its lower-case name ({@code first_response}): the form an escalation effect's
 * clock had in JSON before it was typed, kept so that readers of effects see no change.
 */
public final class LowerCaseClock extends StdSerializer<SlaClock> {

  private static final long serialVersionUID = 1L;

  /** The serializer; Jackson creates it. */
  public LowerCaseClock() {
    super(SlaClock.class);
  }

  @Override
  public void serialize(SlaClock value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(value.name().toLowerCase(Locale.ROOT));
  }
}
