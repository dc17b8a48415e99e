package dev.huifang.feedback;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Checklist;
import dev.huifang.core.Dimension;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.Problem;
import dev.huifang.feedback.internal.DefaultTexts;
import io.vavr.collection.Seq;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The replaceable texts of feedback scripts and capability reports: a {@link SandwichTemplates} per
 * {@link Audience}, and per {@link Dimension} its name, the impact of a problem in it and a concrete
 * next step.
 *
 * <p>Dimensions without an entry use {@link #defaultImpact()} and {@link #defaultNextStep()} and
 * their code as name. {@link #problems(String)} requires templates for every audience and checks
 * every template and text; a host's template with an unknown placeholder is a
 * {@link Problem#UNKNOWN}.
 *
 * @param byAudience the templates of each audience
 * @param dimensionNames how each dimension is named to a worker
 * @param impacts per dimension, the impact of a problem ("may have cost the customer's trust")
 * @param nextSteps per dimension, a concrete next step ("add the service package to your pitch")
 * @param defaultImpact the impact for a dimension without an entry
 * @param defaultNextStep the next step for a dimension without an entry
 */
public record ScriptTemplates(SortedMap<Audience, SandwichTemplates> byAudience,
    SortedMap<Dimension, LocalizedText> dimensionNames, SortedMap<Dimension, LocalizedText> impacts,
    SortedMap<Dimension, LocalizedText> nextSteps, LocalizedText defaultImpact,
    LocalizedText defaultNextStep) {

  /**
   * Creates the catalogue; maps are copied.
   *
   * @throws NullPointerException if any argument, key or value is null
   */
  public ScriptTemplates {
    byAudience = copy(byAudience);
    dimensionNames = copy(dimensionNames);
    impacts = copy(impacts);
    nextSteps = copy(nextSteps);
    requireNonNull(defaultImpact, "defaultImpact is null");
    requireNonNull(defaultNextStep, "defaultNextStep is null");
  }

  /**
   * Huifang's default texts in zh-CN and en: three audiences, and names, impacts and next steps for
   * every dimension constant of {@link Dimension}.
   */
  public static ScriptTemplates defaults() {
    return DefaultTexts.templates();
  }

  /**
   * The templates of {@code audience}.
   *
   * @throws IllegalStateException if there are none, which {@link #problems(String)} reports as a
   *     {@link Problem#REQUIRED} at {@code byAudience.<audience>}
   */
  public SandwichTemplates of(Audience audience) {
    SandwichTemplates templates = byAudience.get(audience);
    if (templates == null) {
      throw new IllegalStateException("byAudience." + audience + ": is required");
    }
    return templates;
  }

  /** These texts with {@code audience}'s templates replaced. */
  public ScriptTemplates with(Audience audience, SandwichTemplates templates) {
    TreeMap<Audience, SandwichTemplates> copy = new TreeMap<>(byAudience);
    copy.put(requireNonNull(audience, "audience is null"), templates);
    return new ScriptTemplates(copy, dimensionNames, impacts, nextSteps, defaultImpact,
        defaultNextStep);
  }

  /** These texts with the name, impact and next step of {@code dimension} set. */
  public ScriptTemplates with(Dimension dimension, LocalizedText name, LocalizedText impact,
      LocalizedText nextStep) {
    return new ScriptTemplates(byAudience, put(dimensionNames, dimension, name),
        put(impacts, dimension, impact), put(nextSteps, dimension, nextStep), defaultImpact,
        defaultNextStep);
  }

  /** The name of {@code dimension}, or its code in every locale when there is none. */
  public LocalizedText nameOf(Dimension dimension) {
    LocalizedText name = dimensionNames.get(dimension);
    return name != null ? name : LocalizedText.of(dimension.code(), dimension.code());
  }

  /** The impact phrase of {@code dimension}, or {@link #defaultImpact()}. */
  public LocalizedText impactOf(Dimension dimension) {
    return impacts.getOrDefault(dimension, defaultImpact);
  }

  /** The next step of {@code dimension}, or {@link #defaultNextStep()}. */
  public LocalizedText nextStepOf(Dimension dimension) {
    return nextSteps.getOrDefault(dimension, defaultNextStep);
  }

  /**
   * The Problems of this catalogue under {@code path}: a {@link Problem#REQUIRED} per audience
   * without templates, the {@link SandwichTemplates#problems(String)} of each audience, and those
   * of every text.
   */
  public Seq<Problem> problems(String path) {
    Checklist checks = Checklist.at(path);
    for (Audience audience : Audience.values()) {
      SandwichTemplates templates = byAudience.get(audience);
      if (templates == null) {
        checks.present("byAudience." + audience, null);
      } else {
        checks.addAll("byAudience." + audience, templates.problems(""));
      }
    }
    texts(checks, "dimensionNames", dimensionNames);
    texts(checks, "impacts", impacts);
    texts(checks, "nextSteps", nextSteps);
    checks.addAll("defaultImpact", defaultImpact.problems(""));
    checks.addAll("defaultNextStep", defaultNextStep.problems(""));
    return checks.problems();
  }

  private static void texts(Checklist checks, String field,
      SortedMap<Dimension, LocalizedText> texts) {
    texts.forEach((dimension, text) -> checks.addAll(field + "." + dimension.code(),
        text.problems("")));
  }

  private static <K, V> SortedMap<K, V> put(SortedMap<K, V> map, K key, V value) {
    TreeMap<K, V> copy = new TreeMap<>(map);
    copy.put(requireNonNull(key, "key is null"), requireNonNull(value, "value is null"));
    return copy;
  }

  private static <K, V> SortedMap<K, V> copy(SortedMap<K, V> map) {
    TreeMap<K, V> copy = new TreeMap<>();
    requireNonNull(map, "map is null").forEach((key, value) ->
        copy.put(requireNonNull(key, "key is null"), requireNonNull(value, "value is null")));
    return Collections.unmodifiableSortedMap(copy);
  }
}
