package dev.huifang.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.huifang.core.LocalizedText;
import dev.huifang.core.json.HuifangJson;
import dev.huifang.core.privacy.DisclosurePolicy.Output;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON written for other systems under the disclosure policy's {@code JSON_EXPORT} output. */
class JsonExportTest {

  private final Redactor redactor = Redactor.defaults();

  private static Map<String, Object> document() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("13812345678", "key stays: it is the host's identifier");
    answer.put("comment", "安装师傅很好，请回电 138 1234 5678 或发邮件 li.lei@example.com");
    answer.put("stars", 5);
    answer.put("recommend", true);
    answer.put("nothing", null);
    return Map.of(
        "title", LocalizedText.of("客户回访：王先生 13912345678", "Follow-up: call 13912345678"),
        "answers", List.of(answer, List.of("身份证 11010519491231002X", 42)),
        "id", "w-001");
  }

  @Test
  void masksEveryTextValueAtAnyDepthWhenTheExportRedacts() {
    String json = HuifangJson.export(document(), DisclosurePolicy.defaults(), redactor);
    assertThat(json)
        .doesNotContain("13912345678", "1234 5678", "li.lei@", "11010519491231002X")
        .contains("139****5678", "138****5678", "\"stars\":5", "\"recommend\":true",
            "\"nothing\":null", "\"id\":\"w-001\"", "\"13812345678\":")
        .contains("\"comment\":\"安装师傅很好，请回电 ");
  }

  @Test
  void writesExactlyWhatWriteWritesWhenTheHostOptsOut() {
    DisclosurePolicy optedOut = DisclosurePolicy.defaults().with(Output.JSON_EXPORT, false);
    assertThat(HuifangJson.export(document(), optedOut, redactor))
        .isEqualTo(HuifangJson.write(document()));
    assertThat(HuifangJson.export(List.of("13912345678"), new TypeReference<List<String>>() {},
        optedOut, redactor)).isEqualTo("[\"13912345678\"]");
  }

  @Test
  void keepsTheDocumentsShapeAndIsDeterministic() {
    String once = HuifangJson.export(document(), DisclosurePolicy.defaults(), redactor);
    assertThat(HuifangJson.export(document(), DisclosurePolicy.defaults(), redactor))
        .isEqualTo(once);
    assertThat(HuifangJson.read(once, new TypeReference<Map<String, Object>>() {}).get())
        .containsOnlyKeys("title", "answers", "id");
    assertThat(HuifangJson.export("13912345678", DisclosurePolicy.defaults(), redactor))
        .isEqualTo("\"139****5678\"");
    assertThat(HuifangJson.export(List.of("a 13912345678"), new TypeReference<List<String>>() {},
        DisclosurePolicy.defaults(), redactor)).isEqualTo("[\"a 139****5678\"]");
  }

  @Test
  void masksTextNineHundredLevelsDown() {
    Object deep = "13912345678";
    for (int i = 0; i < 900; i++) {
      List<Object> next = new ArrayList<>();
      next.add(deep);
      deep = next;
    }
    // just under Jackson's own limit of 1,000 levels on writing
    String json = HuifangJson.export(deep, DisclosurePolicy.defaults(), redactor);
    assertThat(json).contains("139****5678").doesNotContain("13912345678");
  }
}
