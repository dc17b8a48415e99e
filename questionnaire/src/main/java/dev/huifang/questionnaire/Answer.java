package dev.huifang.questionnaire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One answer as given: a number (ratings, NPS, numbers, yes = 1 and no = 0), chosen options, or
 * text. {@link QuestionnaireRun#answer} checks it against its question.
 *
 * @param number the numeric answer, if any
 * @param options the chosen option ids, if any
 * @param text the open answer, if any
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Answer(@Nullable Double number, List<String> options, @Nullable String text) {

  /** Creates an answer; options are copied. */
  @JsonCreator
  public Answer(@JsonProperty("number") @Nullable Double number,
      @JsonProperty("options") @Nullable List<String> options,
      @JsonProperty("text") @Nullable String text) {
    this.number = number;
    this.options = options == null ? List.of() : List.copyOf(options);
    this.text = text;
  }

  /** A rating, NPS or number. */
  public static Answer number(double value) {
    return new Answer(value, List.of(), null);
  }

  /** One chosen option. */
  public static Answer choice(String option) {
    return new Answer(null, List.of(option), null);
  }

  /** Several chosen options. */
  public static Answer choices(String... options) {
    return new Answer(null, List.of(options), null);
  }

  /** Yes (1) or no (0). */
  public static Answer yesNo(boolean yes) {
    return number(yes ? 1 : 0);
  }

  /** An open answer. */
  public static Answer text(String text) {
    return new Answer(null, List.of(), text);
  }

  /**
   * The number and chosen options, and only the length of an open text: what a respondent wrote
   * may hold names and phone numbers, and a log line must not carry it.
   */
  @Override
  public String toString() {
    return "Answer[number=" + number + ", options=" + options + ", text="
        + (text == null ? "null" : text.length() + " chars") + "]";
  }
}
