package dev.huifang.scoring;

/** How equal totals share ranks; declared, because "who is third" depends on it. */
public enum TieRule {
  /** Standard competition ranking, "1224": ties share the best rank, the next rank skips. */
  COMPETITION,
  /** Dense ranking, "1223": ties share the best rank, the next rank does not skip. */
  DENSE,
  /** Fractional ranking, "1 2.5 2.5 4": ties share the mean of the ranks they span. */
  FRACTIONAL
}
