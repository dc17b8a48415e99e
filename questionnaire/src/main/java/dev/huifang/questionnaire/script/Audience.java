package dev.huifang.questionnaire.script;

/**
 * Who a feedback script is spoken to; each audience has its own tone in {@link ScriptTemplates}.
 */
public enum Audience {
  /** A worker with some experience: plain, balanced tone. */
  WORKER,
  /** A worker on a first engagement: reassuring, points to guided help (a mentor first). */
  FIRST_TIMER,
  /** A star-rated worker: peer tone, invites their suggestions and workshop participation. */
  STAR_WORKER
}
