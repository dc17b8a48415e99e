package dev.huifang.closedloop;

/** Who raised a case; time limits may differ per source (see {@link SlaPolicy}). */
public enum CaseSource {
  /** A worker: demands, difficulties, suggestions. */
  WORKER,
  /** A client: complaints, reviews, suggestions. */
  CLIENT,
  /** An internal team: a store manager, a warehouse supervisor. */
  INTERNAL
}
