package dev.huifang.core;

/**
 * A typed identifier: a string that names one thing of one kind, so that a worker's id can never
 * be passed where a question's is expected.
 *
 * <p>Identifiers accept any non-null string when constructed, so that a bad one can travel to the
 * model that holds it and be reported with that model's other Problems; {@link Checklist#id}
 * enforces the rule (non-blank, no surrounding white space, at most
 * {@value Checklist#MAX_ID_LENGTH} characters). In JSON an identifier is a plain string.
 */
public interface Identifier {

  /** The identifier's text. */
  String value();
}
