/**
 * Pictures people would rather look at than read, as pure functions that return text: a
 * capability radar chart (雷达图) and a monthly service-quality heat map as SVG, and a case
 * timeline as a Mermaid gantt chart.
 *
 * <p>Every picture takes plain data in this package's own types (so the feedback engine depends on
 * no other engine: a host maps a scorecard's dimensions or closed-loop cases onto them), is
 * labelled in zh-CN or en, and gives the same characters for the same input. Nothing is read or
 * written: callers save the strings where they like.
 */
@NullMarked
package dev.huifang.feedback.picture;

import org.jspecify.annotations.NullMarked;
