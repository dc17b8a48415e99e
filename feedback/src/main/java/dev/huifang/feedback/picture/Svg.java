package dev.huifang.feedback.picture;

import dev.huifang.core.LocaleFallback;
import dev.huifang.core.LocalizedText;
import java.util.Locale;

/** Small helpers shared by the SVG pictures: escaping, fixed number formats, the locale. */
final class Svg {

  static final String FONT = "font-family=\"'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',"
      + "'Helvetica Neue',Arial,sans-serif\"";

  private Svg() {}

  /** Text with the five XML special characters escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A coordinate with one decimal, the same on every machine. */
  static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** The text in {@code locale}, escaped. */
  static String text(LocalizedText text, String locale) {
    return escape(text.in(locale));
  }

  /** True for a Chinese locale. */
  static boolean zh(String locale) {
    return Locale.forLanguageTag(LocaleFallback.of(locale).order().get(0)).getLanguage()
        .equals("zh");
  }

  /** The document's opening, with its size, title and a white background. */
  static StringBuilder open(int width, int height, String title) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" ").append(FONT).append(">\n")
        .append("  <title>").append(title).append("</title>\n")
        .append("  <rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" fill=\"#ffffff\"/>\n");
    return out;
  }
}
