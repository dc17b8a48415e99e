package dev.huifang.feedback;

/** The kinds of learning resource a capability report or script can point to. */
public enum ResourceKind {
  /** A short online course; carries its length in minutes (15 by default). */
  MICRO_COURSE,
  /** A 1:1 session with a mentor. */
  MENTOR,
  /** An invitation to a process-improvement workshop, for strong workers whose ideas count. */
  WORKSHOP
}
