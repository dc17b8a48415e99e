package dev.huifang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huifang.core.LocalizedText;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Scenario 1's pictures: each SVG is well-formed XML, renders without errors in a real SVG renderer
 * (Apache Batik) into an image that is not blank, and is the same for the same input; the timeline
 * is a Mermaid gantt chart.
 */
class PicturesTest {

  private static ChanghongPromotion.Outcome outcome() {
    return ChanghongPromotion.run(new Report(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), LocalizedText.EN));
  }

  @Test
  void eachSvgIsWellFormedRendersAndIsNotBlankInBothLanguages() throws Exception {
    ChanghongPromotion.Outcome outcome = outcome();
    for (String locale : List.of(LocalizedText.ZH_CN, LocalizedText.EN)) {
      String radar = Pictures.radar(outcome.capabilityReport(),
          ChanghongPromotion.promotionScheme(), outcome.scorecards()).svg(locale);
      String heat = Pictures.heatMap().svg(locale);
      for (String svg : List.of(radar, heat)) {
        wellFormed(svg);
        BufferedImage image = render(svg);
        assertThat(distinctColours(image)).as("a picture, not a blank page").isGreaterThan(3);
        assertThat(inkShare(image)).as("share of non-white pixels").isGreaterThan(0.02);
      }
      assertThat(radar).contains(locale.equals(LocalizedText.EN) ? "Team mean" : "团队平均",
          "stroke-dasharray");
      assertThat(radar.split("<polygon").length - 1).as("4 grid rings, the team, the worker")
          .isEqualTo(6);
    }
  }

  @Test
  void picturesAreTheSameForTheSameInput() {
    ChanghongPromotion.Outcome first = outcome();
    ChanghongPromotion.Outcome second = outcome();
    assertThat(Pictures.radar(second.capabilityReport(), ChanghongPromotion.promotionScheme(),
        second.scorecards()).svg(LocalizedText.ZH_CN)).isEqualTo(Pictures.radar(
        first.capabilityReport(), ChanghongPromotion.promotionScheme(), first.scorecards())
        .svg(LocalizedText.ZH_CN));
    assertThat(Pictures.heatMap().svg(LocalizedText.EN))
        .isEqualTo(Pictures.heatMap().svg(LocalizedText.EN));
    assertThat(Pictures.timeline(second.trainingCase()).mermaid(LocalizedText.EN, Pictures.SHANGHAI))
        .isEqualTo(Pictures.timeline(first.trainingCase())
            .mermaid(LocalizedText.EN, Pictures.SHANGHAI));
  }

  @Test
  void theTimelineIsAMermaidGanttWithStepsAndDeadlines() {
    String gantt = Pictures.timeline(outcome().trainingCase())
        .mermaid(LocalizedText.ZH_CN, Pictures.SHANGHAI);
    assertThat(gantt).startsWith("gantt\n    title 案例时间线 · case-2026-0619-training\n")
        .contains("    dateFormat YYYY-MM-DD HH:mm\n", "    section 处理\n", "    section 时限\n",
            "受理与首次回应 :done, t1, 2026-06-19 18:00, 2026-06-20 00:00\n",
            "48 小时内回应 :milestone, t4, 2026-06-21 18:00, 0d\n");
  }

  @Test
  void theMainJobWritesThePicturesBesideTheReport(@TempDir Path directory) throws Exception {
    List<Path> files = Pictures.write(directory, outcome(), LocalizedText.ZH_CN);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
        "capability-radar.zh-CN.svg", "service-quality-heat-map.zh-CN.svg",
        "case-timeline.zh-CN.mmd");
    for (Path file : files) {
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isNotBlank();
    }
  }

  private static void wellFormed(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    assertThat(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
        .getDocumentElement().getLocalName()).isEqualTo("svg");
  }

  private static BufferedImage render(String svg) throws Exception {
    BufferedImage[] image = new BufferedImage[1];
    ImageTranscoder transcoder = new ImageTranscoder() {
      @Override
      public BufferedImage createImage(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
      }

      @Override
      public void writeImage(BufferedImage img, TranscoderOutput output) {
        image[0] = img;
      }
    };
    transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
    assertThat(image[0]).as("Batik rendered an image").isNotNull();
    return image[0];
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }

  private static double inkShare(BufferedImage image) {
    long ink = 0;
    long all = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int alpha = rgb >>> 24;
        boolean white = (rgb & 0xffffff) == 0xffffff;
        if (alpha > 0 && !white) {
          ink++;
        }
        all++;
      }
    }
    return (double) ink / all;
  }
}
