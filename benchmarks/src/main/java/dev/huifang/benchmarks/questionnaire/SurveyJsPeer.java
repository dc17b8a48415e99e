package dev.huifang.benchmarks.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huifang.questionnaire.SurveyJs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The SurveyJS side of {@link QuestionnaireBenchmark#answerChain}: exports the same chained survey
 * and times survey-core answering it one answer at a time in Node ({@code surveyjs/bench.mjs}),
 * median of a few rounds after one warm-up. Absent when Node or the installed survey-core is not
 * there.
 */
public final class SurveyJsPeer {

  private SurveyJsPeer() {}

  /** Nanoseconds for SurveyJS to answer the chained survey of {@code size} questions. */
  public static Optional<Double> nanosToAnswer(int size, Path surveyJsDir) {
    try {
      if (!Files.isDirectory(surveyJsDir.resolve("node_modules/survey-core"))) {
        return Optional.empty();
      }
      Path file = Files.createTempFile("huifang-chain-" + size, ".json");
      Files.writeString(file, SurveyJs.export(QuestionnaireBenchmark.chain(size,
              QuestionnaireBenchmark.engagement()))
          .toString(), StandardCharsets.UTF_8);
      Process node = new ProcessBuilder("node", surveyJsDir.resolve("bench.mjs").toString(),
          file.toString(), "3").redirectErrorStream(true).start();
      byte[] out = node.getInputStream().readAllBytes();
      if (!node.waitFor(10, TimeUnit.MINUTES) || node.exitValue() != 0) {
        System.err.println("SurveyJS peer failed: " + new String(out, StandardCharsets.UTF_8));
        return Optional.empty();
      }
      JsonNode result = new ObjectMapper().readTree(out);
      if (result.get("visible").asInt() != size) {
        throw new IllegalStateException("SurveyJS showed " + result.get("visible") + " of " + size
            + " questions; Huifang shows all of them");
      }
      Files.deleteIfExists(file);
      return Optional.of(result.get("nanosPerRun").asDouble());
    } catch (java.io.IOException e) {
      System.err.println("SurveyJS peer not run: " + e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
