package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A cause outside the worker's control that, when a concern's evidence names it, makes the concern
 * the system's and not the worker's: a late delivery caused by a system outage is a systems
 * problem.
 *
 * <p>Rule: a keyword matches when it occurs, ignoring case, in a Finding's summary or in one of its
 * evidence statements, in any locale. The matched concern becomes a closed-loop case of
 * {@link #caseCategory()}, a plain category code (the feedback engine does not depend on the
 * closed-loop engine; hosts route the code with their own routing table).
 *
 * @param id a stable name, e.g. {@code outage}
 * @param name how the cause is named to people
 * @param caseCategory the closed-loop case category code, e.g. {@code scheduling}
 * @param keywords words that name the cause in evidence, in zh and en; never empty
 */
public record SystemCause(String id, LocalizedText name, String caseCategory,
    List<String> keywords) {

  /**
   * Creates a cause; keywords are copied.
   *
   * @throws NullPointerException if any argument or keyword is null
   */
  public SystemCause {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(caseCategory, "caseCategory is null");
    keywords = List.copyOf(requireNonNull(keywords, "keywords is null"));
  }

  /**
   * The Problems of this cause under {@code path}: blank id or case category, a name without both
   * locales, no keywords, a blank keyword.
   */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path).notBlank("id", id).notBlank("caseCategory", caseCategory)
        .addAll("name", name.problems(""));
    checks.require(!keywords.isEmpty(), Problem.REQUIRED, "keywords", null,
        "must hold at least one keyword");
    for (int i = 0; i < keywords.size(); i++) {
      checks.notBlank(Problem.index("keywords", i), keywords.get(i));
    }
    return checks.problems();
  }

  /** The first keyword that occurs in {@code text}, ignoring case, or null when none does. */
  public @Nullable String matchIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String keyword : keywords) {
      if (lower.contains(keyword.toLowerCase(Locale.ROOT))) {
        return keyword;
      }
    }
    return null;
  }
}
