package dev.huifang.scoring;

/**
 * What top-N% selection does with workers tied at the boundary: a top 30% of 10 workers is 3
 * places, but if the 3rd and 4th have the same total someone must decide.
 */
public enum BoundaryRule {
  /** Everyone tied with the last place is in, so the list can be longer than N%. */
  INCLUDE_TIES,
  /** Nobody tied across the boundary is in, so the list can be shorter than N%. */
  EXCLUDE_TIES
}
