package dev.huifang.closedloop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.closedloop.machine.StateMachineDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The committed diagrams of the default feedback-case loop under {@code docs/diagrams}: the
 * Mermaid and DOT sources must equal today's definition, and the rendered SVG must show every
 * state and every transition label of that DOT source.
 *
 * <p>After a deliberate change of the loop, run
 * {@code mvn -B -pl closedloop -am verify -Dhuifang.diagrams.write=true}, then render the image
 * with Graphviz ({@code apt-get install graphviz}):
 * {@code dot -Tsvg docs/diagrams/feedback-case-loop.dot -o docs/diagrams/feedback-case-loop.svg}.
 */
class CaseLoopDiagramTest {

  private static final Path DIAGRAMS = Path.of("..", "docs", "diagrams");
  private static final boolean WRITE = Boolean.getBoolean("huifang.diagrams.write");
  private static final StateMachineDefinition<CaseState, CaseTrigger, CaseContext> LOOP =
      FeedbackLoop.ofDefaults().definition();

  private static void matchesCommitted(String file, String expected) throws IOException {
    Path path = DIAGRAMS.resolve(file);
    if (WRITE) {
      Files.createDirectories(DIAGRAMS);
      Files.writeString(path, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(path, StandardCharsets.UTF_8))
        .as("%s drifted from the loop's definition; see CaseLoopDiagramTest's Javadoc", path)
        .isEqualTo(expected);
  }

  @Test
  void committedMermaidSourceIsTodaysLoop() throws IOException {
    matchesCommitted("feedback-case-loop.mmd", LOOP.toMermaid());
  }

  @Test
  void committedDotSourceIsTodaysLoop() throws IOException {
    matchesCommitted("feedback-case-loop.dot", LOOP.toDot());
  }

  @Test
  void renderedImageShowsEveryStateAndTransition() throws IOException {
    String svg = Files.readString(DIAGRAMS.resolve("feedback-case-loop.svg"),
        StandardCharsets.UTF_8);
    for (CaseState state : CaseState.values()) {
      assertThat(svg).as("state %s in the image", state).contains("<title>" + state + "</title>");
    }
    Matcher labels = Pattern.compile("\\[label=\"(.*)\"];").matcher(LOOP.toDot());
    int lines = 0;
    while (labels.find()) {
      for (String line : labels.group(1).split(Pattern.quote("\\n"))) {
        assertThat(svg).as("transition label %s in the image", line)
            .contains(">" + line.replace("&", "&amp;").replace("<", "&lt;") + "</text>");
        lines++;
      }
    }
    assertThat(lines).as("transition labels").isEqualTo(LOOP.transitions().size());
  }
}
