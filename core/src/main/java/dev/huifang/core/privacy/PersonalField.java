package dev.huifang.core.privacy;

/**
 * What a field of a kept record holds, as far as retention is concerned: the classes that
 * {@link RetentionTerms} erase after their own period. Identifiers, states, times and numbers are
 * not personal fields: they stay, so that a case's history can still be replayed.
 */
public enum PersonalField {
  /** Text written by a worker or a client: a description, a note, an answer, a comment. */
  FREE_TEXT,
  /** Contact details and person identifiers: names, phone numbers, addresses, e-mail. */
  CONTACT
}
