package dev.huifang.core;

/**
 * Where an engagement stands in its task when the follow-up happens; each stage asks about
 * something else.
 */
public enum TaskStage {
  /** The start: adaptation difficulties. */
  EARLY,
  /** The middle: suggestions for improvement. */
  MID,
  /** The end: an overall review. */
  END
}
