package dev.huifang.core.privacy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.huifang.core.Checklist;
import dev.huifang.core.Problem;
import dev.huifang.core.Validated;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a {@link Redactor} masks: which kinds of personal information, which host patterns and
 * which known names.
 *
 * <p>{@link #defaults()} masks every built-in kind (mobile numbers, resident identity numbers,
 * e-mail addresses, bank cards) and has no patterns or names. Its rules: pattern names unique and
 * every pattern valid ({@link HostPattern#problems(String)}); known names at least
 * {@value #MIN_NAME_LENGTH} characters long and not blank, so that a single character such as
 * {@code 张} does not mask every word it starts. {@link Builder#validate()} reports every broken
 * rule at once, e.g. {@code knownNames[2]: must be at least 2 characters long, was "张"} (the name
 * is shown because the host supplied it; the policy's {@code toString()} hides the names).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRedactionPolicy.class)
@JsonDeserialize(as = ImmutableRedactionPolicy.class)
public abstract class RedactionPolicy {

  /** The shortest known name accepted. */
  public static final int MIN_NAME_LENGTH = 2;

  private static final RedactionPolicy DEFAULTS = builder().build();

  RedactionPolicy() {}

  /** Every built-in kind, no host patterns, no known names. */
  public static RedactionPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder starting from {@link #defaults()}; set {@code kinds} to mask fewer kinds. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Which kinds are masked; every kind unless set. {@link PersonalInfoKind#NAME} and
   * {@link PersonalInfoKind#HOST_PATTERN} also need {@link #knownNames()} or {@link #patterns()}.
   */
  @Value.Default
  public Set<PersonalInfoKind> kinds() {
    return EnumSet.allOf(PersonalInfoKind.class);
  }

  /** Regular expressions of the host app's own kinds of personal information. */
  public abstract List<HostPattern> patterns();

  /**
   * Names of people to mask wherever they appear: Chinese names anywhere, names in Latin letters
   * as whole words and ignoring case. Hidden from {@code toString()}.
   */
  @Value.Redacted
  public abstract List<String> knownNames();

  /** True when values of {@code kind} are masked. */
  public boolean masks(PersonalInfoKind kind) {
    return kinds().contains(kind);
  }

  @Value.Check
  final void check() {
    Checklist checks = Checklist.root();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < patterns().size(); i++) {
      HostPattern pattern = patterns().get(i);
      String path = Problem.index("patterns", i);
      checks.addAll(path, pattern.problems(""));
      checks.require(names.add(pattern.name()), Problem.DUPLICATE, Problem.join(path, "name"),
          pattern.name(), "must be unique among the patterns");
    }
    for (int i = 0; i < knownNames().size(); i++) {
      String name = knownNames().get(i);
      String path = Problem.index("knownNames", i);
      if (name.isBlank()) {
        checks.notBlank(path, name);
      } else {
        checks.require(name.strip().codePointCount(0, name.strip().length()) >= MIN_NAME_LENGTH,
            Problem.RANGE, path, name,
            "must be at least " + MIN_NAME_LENGTH + " characters long");
      }
    }
    checks.throwIfAny("RedactionPolicy");
  }

  /** Builds a RedactionPolicy; {@link #validate()} returns every Problem instead of throwing. */
  public static final class Builder extends ImmutableRedactionPolicy.Builder {
    Builder() {}

    /** The policy, or every Problem of its patterns and names. */
    public Validation<Seq<Problem>, RedactionPolicy> validate() {
      return Validated.of(this::build);
    }
  }
}
