package dev.schemagate.core.language;

import dev.schemagate.core.compat.FormatChecker;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Map;

/** What every language has in the same shape: its type, its file endings, its parser and its checker. */
public abstract class LanguageBasics implements SchemaLanguage {

  /** A language's parser, as {@link SchemaLanguage#parse} describes it. */
  @FunctionalInterface
  public interface Parser {
    ParsedSchema parse(String text, List<SchemaReference> references, Map<String, String> resolvedReferences);
  }

  private final SchemaType type;
  private final List<String> fileExtensions;
  private final Parser parser;
  private final FormatChecker checker;

  protected LanguageBasics(SchemaType type, List<String> fileExtensions, Parser parser, FormatChecker checker) {
    this.type = type;
    this.fileExtensions = List.copyOf(fileExtensions);
    this.parser = parser;
    this.checker = checker;
  }

  @Override
  public final SchemaType type() {
    return type;
  }

  @Override
  public final List<String> fileExtensions() {
    return fileExtensions;
  }

  @Override
  public final ParsedSchema parse(String text, List<SchemaReference> references, Map<String, String> resolvedReferences) {
    return parser.parse(text, references, resolvedReferences);
  }

  @Override
  public final FormatChecker checker() {
    return checker;
  }
}
