package dev.huifang.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes fuzz inputs from a valid seed document: structural mutations of its tree (fields removed,
 * added, renamed, nodes swapped, arrays repeated), wrong types and nulls anywhere, extreme numbers
 * and texts, huge and deep values, and broken text. Deterministic for a given random generator.
 */
final class Mutator {

  /** A plain mapper that parses seeds and writes mutated trees, with room for deep trees. */
  static final JsonMapper TREES = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000).build())
          .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build())
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Stands in a tree for raw text spliced in after writing (a deep or non-JSON value). */
  private static final String RAW = "\u0000raw\u0000";

  private static final List<String> RAW_SCALARS = List.of("NaN", "Infinity", "-Infinity", "1e400",
      "-1e400", "1" + "0".repeat(400), "0." + "0".repeat(50) + "1", "1e-400", "-0",
      "123456789012345678901234567890", "99999999999999999999", "2E9", "1.0e1");
  private static final List<String> TEXTS = List.of("", " ", "  x  ", "NaN", "Infinity",
      "-Infinity", "1", "0", "-1", "1e300", "true", "null", "2026-06-18T14:00:00Z",
      "2026-06-18T14:00:00+08:00", "2026-06-18", "0001-01-01T00:00:00Z",
      "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z", "PT1S", "PT0S",
      "-PT1S", "P106751991167300D", "PT1000000000000000000S", "P1D", "14:00", "Asia/Shanghai",
      "EN", "en", "zh-CN", "ZH-cn", "zh_CN", "x-private", "und", "\u0000", "\u0001END",
      "END\t", "\ud83d\ude00", "\ud800", "\u202e", "{placeholder}", "{{", "}", "a.b.c",
      "compare", "not", "and", "or", "PROMOTION", "promotion", "w-1024");
  private static final List<String> NAMES = List.of("type", "id", "en", "EN", "zh-cn",
      "zh-CN", "value", "", " ", "null", "conditions", "condition", "__proto__", "$ref");

  private final SplittableRandom random;

  Mutator(SplittableRandom random) {
    this.random = random;
  }

  /** One fuzz input from {@code seed}: one to three mutations, sometimes broken as text. */
  String mutate(JsonNode seed) {
    JsonNode root = seed.deepCopy();
    List<String> raw = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      root = mutateOnce(root, raw);
    }
    String text;
    try {
      text = TREES.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (String splice : raw) {
      text = text.replaceFirst(java.util.regex.Pattern.quote("\"" + RAW.replace("\u0000",
          "\\u0000") + "\""), java.util.regex.Matcher.quoteReplacement(splice));
    }
    if (random.nextInt(10) == 0) {
      text = breakText(text);
    }
    return text;
  }

  private JsonNode mutateOnce(JsonNode root, List<String> raw) {
    List<Slot> slots = new ArrayList<>();
    collect(root, null, null, -1, slots);
    Slot slot = slots.get(random.nextInt(slots.size()));
    JsonNode replacement;
    switch (random.nextInt(12)) {
      case 0 -> replacement = scalar();
      case 1 -> replacement = NODES.nullNode();
      case 2 -> {
        raw.add(pick(RAW_SCALARS));
        replacement = NODES.textNode(RAW);
      }
      case 3 -> replacement = text(slot.node);
      case 4 -> replacement = number(slot.node);
      case 5 -> replacement = slots.get(random.nextInt(slots.size())).node.deepCopy();
      case 6 -> replacement = wrongShape(slot.node);
      case 7 -> replacement = repeated(slot.node);
      case 8 -> replacement = deep(slot.node, raw);
      case 9 -> {
        nullsInside(slot.node);
        replacement = slot.node;
      }
      default -> {
        if (structural(slot.node)) {
          replacement = slot.node;
        } else {
          replacement = scalar();
        }
      }
    }
    if (slot.parent == null) {
      return replacement;
    }
    slot.put(replacement);
    return root;
  }

  /** Removes, adds or renames a field, or removes or adds an element. */
  private boolean structural(JsonNode node) {
    if (node instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = pick(names);
      switch (random.nextInt(4)) {
        case 0 -> object.remove(name);
        case 1 -> object.set(pick(NAMES) + (random.nextBoolean() ? "" : "x"), scalar());
        case 2 -> {
          JsonNode value = object.remove(name);
          object.set(rename(name), value);
        }
        default -> object.set(rename(name), object.get(name).deepCopy());
      }
      return true;
    }
    if (node instanceof ObjectNode object) {
      object.set(pick(NAMES), scalar());
      return true;
    }
    if (node instanceof ArrayNode array && array.size() > 0) {
      if (random.nextBoolean()) {
        array.remove(random.nextInt(array.size()));
      } else {
        array.add(array.get(random.nextInt(array.size())).deepCopy());
      }
      return true;
    }
    return false;
  }

  private String rename(String name) {
    return switch (random.nextInt(5)) {
      case 0 -> name.toUpperCase(Locale.ROOT);
      case 1 -> " " + name;
      case 2 -> name + "\u0000";
      case 3 -> name.isEmpty() ? "x" : name.substring(0, name.length() - 1);
      default -> name.toLowerCase(Locale.ROOT);
    };
  }

  private JsonNode scalar() {
    return switch (random.nextInt(14)) {
      case 0 -> NODES.booleanNode(random.nextBoolean());
      case 1 -> NODES.numberNode(0);
      case 2 -> NODES.numberNode(-1);
      case 3 -> NODES.numberNode(Double.MAX_VALUE);
      case 4 -> NODES.numberNode(-Double.MAX_VALUE);
      case 5 -> NODES.numberNode(Double.MIN_VALUE);
      case 6 -> NODES.numberNode(Long.MAX_VALUE);
      case 7 -> NODES.numberNode(Long.MIN_VALUE);
      case 8 -> NODES.numberNode(BigInteger.TWO.pow(64));
      case 9 -> NODES.numberNode(1e18);
      case 10 -> NODES.objectNode();
      case 11 -> NODES.arrayNode();
      case 12 -> NODES.numberNode(random.nextDouble() * 2 - 0.5);
      default -> NODES.textNode(pick(TEXTS));
    };
  }

  private JsonNode text(JsonNode node) {
    if (!node.isTextual()) {
      return NODES.textNode(pick(TEXTS));
    }
    String text = node.asText();
    return NODES.textNode(switch (random.nextInt(9)) {
      case 0 -> text.toUpperCase(Locale.ROOT);
      case 1 -> text.toLowerCase(Locale.ROOT);
      case 2 -> " " + text;
      case 3 -> text + "\u0001";
      case 4 -> text.isEmpty() ? "" : text.substring(0, random.nextInt(text.length()));
      case 5 -> text.repeat(1 + random.nextInt(50));
      case 6 -> "x".repeat(random.nextInt(4) == 0 ? 100_001 : 5_000);
      case 7 -> text + pick(TEXTS);
      default -> pick(TEXTS);
    });
  }

  private JsonNode number(JsonNode node) {
    double value = node.isNumber() ? node.asDouble() : 1;
    return switch (random.nextInt(10)) {
      case 0 -> NODES.numberNode(-value);
      case 1 -> NODES.numberNode(value * 1e300);
      case 2 -> NODES.numberNode(value + 0.5);
      case 3 -> NODES.numberNode(-0.0);
      case 4 -> NODES.numberNode(Integer.MAX_VALUE + 1L);
      case 5 -> NODES.numberNode(Integer.MIN_VALUE);
      case 6 -> NODES.numberNode(1e308);
      case 7 -> NODES.numberNode(value * (1 + random.nextInt(1000)));
      case 8 -> NODES.numberNode(Math.nextUp(value));
      default -> NODES.numberNode(random.nextLong());
    };
  }

  /** An object as an array of its values, an array as an object, a scalar in an array. */
  private JsonNode wrongShape(JsonNode node) {
    if (node.isObject()) {
      ArrayNode array = NODES.arrayNode();
      node.elements().forEachRemaining(v -> array.add(v.deepCopy()));
      return array;
    }
    if (node.isArray()) {
      ObjectNode object = NODES.objectNode();
      int i = 0;
      for (JsonNode element : node) {
        object.set(String.valueOf(i++), element.deepCopy());
      }
      return object;
    }
    return NODES.arrayNode().add(node.deepCopy());
  }

  /** An array with one element repeated, sometimes very many times. */
  private JsonNode repeated(JsonNode node) {
    int times = switch (random.nextInt(40)) {
      case 0 -> 20_000;
      case 1, 2, 3, 4 -> 1_000;
      default -> 2 + random.nextInt(20);
    };
    ArrayNode array = NODES.arrayNode();
    JsonNode element = node.isArray() && node.size() > 0 ? node.get(0) : node;
    // beyond about 5 MB the reader refuses by length alone: keep the fuzzer's own work bounded
    times = Math.min(times, Math.max(2, 5_000_000 / (element.toString().length() + 1)));
    for (int i = 0; i < times; i++) {
      array.add(element.deepCopy());
    }
    return array;
  }

  /** The node nested in itself, or deep raw brackets: near and far beyond every depth limit. */
  private JsonNode deep(JsonNode node, List<String> raw) {
    int depth = pick(List.of(20, 31, 32, 33, 60, 127, 128, 129, 700, 5_000, 100_000));
    if (node instanceof ObjectNode object && random.nextBoolean() && depth <= 700) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (field.getValue().isContainerNode()) {
          JsonNode current = object;
          for (int i = 0; i < depth; i++) {
            ObjectNode copy = object.deepCopy();
            copy.set(field.getKey(), field.getValue().isArray()
                ? NODES.arrayNode().add(current) : current);
            current = copy;
          }
          return current;
        }
      }
    }
    boolean arrays = random.nextBoolean();
    raw.add(arrays ? "[".repeat(depth) + "]".repeat(depth)
        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
    return NODES.textNode(RAW);
  }

  /** Nulls in place of some elements or values of a container. */
  private void nullsInside(JsonNode node) {
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (random.nextInt(3) == 0) {
          array.set(i, NODES.nullNode());
        }
      }
      array.addNull();
    } else if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (random.nextInt(3) == 0) {
          object.putNull(name);
        }
      }
    }
  }

  /** Breaks the text: cut, a character dropped, inserted or changed, a slice repeated. */
  private String breakText(String text) {
    if (text.isEmpty()) {
      return "{";
    }
    int at = random.nextInt(text.length());
    String noise = pick(List.of("{", "}", "[", "]", "\"", ",", ":", "\\", "\u0000", "0", "-",
        "e", "n", "/*", "'", "\ud800"));
    return switch (random.nextInt(5)) {
      case 0 -> text.substring(0, at);
      case 1 -> text.substring(0, at) + text.substring(at + 1);
      case 2 -> text.substring(0, at) + noise + text.substring(at);
      case 3 -> text.substring(0, at) + noise + text.substring(Math.min(text.length(), at + 1));
      default -> text.substring(0, at) + text.substring(at, Math.min(text.length(), at + 50))
          .repeat(3) + text.substring(Math.min(text.length(), at + 50));
    };
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static void collect(JsonNode node, JsonNode parent, String name, int index,
      List<Slot> into) {
    into.add(new Slot(node, parent, name, index));
    if (node instanceof ObjectNode object) {
      object.properties().forEach(f -> collect(f.getValue(), object, f.getKey(), -1, into));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        collect(array.get(i), array, null, i, into);
      }
    }
  }

  /** A node and where it hangs in its parent. */
  private record Slot(JsonNode node, JsonNode parent, String name, int index) {
    void put(JsonNode replacement) {
      if (parent instanceof ObjectNode object) {
        object.set(name, replacement);
      } else if (parent instanceof ArrayNode array) {
        array.set(index, replacement);
      }
    }
  }
}
