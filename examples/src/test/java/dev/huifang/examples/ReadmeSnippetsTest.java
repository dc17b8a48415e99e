package dev.huifang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every Java snippet of README.md, imports included, against the modules as built: a
 * user who copies a snippet gets code that compiles. Each snippet is a whole compilation unit.
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME =
      Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?(?:class|record|interface)\\s+(\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");

  @Test
  void everyJavaSnippetCompilesWithItsImports(@TempDir Path out) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<JavaFileObject> units = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      String code = block.group(1);
      Matcher name = CLASS_NAME.matcher(code);
      assertThat(name.find()).as("a README snippet declares a class:%n%s", code).isTrue();
      Matcher pkg = PACKAGE.matcher(code);
      String path = (pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "") + name.group(1);
      units.add(new SimpleJavaFileObject(URI.create("string:///" + path + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return code;
        }
      });
    }
    assertThat(units).as("README.md has Java snippets").hasSizeGreaterThanOrEqualTo(3);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      StringWriter output = new StringWriter();
      boolean compiled = javac.getTask(output, files, diagnostics,
          List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
              "-classpath", classPath, "-d", out.toString()),
          null, units).call();
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        messages.add(d.getSource() == null ? d.getMessage(Locale.ROOT)
            : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
      assertThat(messages).as("javac diagnostics for README.md's snippets").isEmpty();
      assertThat(compiled).isTrue();
    }
  }
}
