package dev.schemagate.contract;

import java.util.List;

/**
 * Where contracts come from: a folder of schema files, a classpath folder or a registry. Answers are
 * kept, so each schema is read and parsed once per source. Thread-safe.
 */
interface SchemaSource {

  /** For sentences: {@code directory src/main/schemas}, {@code the registry at http://...}. */
  String description();

  /**
   * The subject's versions, oldest first, never empty.
   *
   * @throws UnknownSubjectException when the source has no such subject
   */
  List<Integer> versions(String subject);

  /**
   * One version of the subject.
   *
   * @throws UnknownSubjectException when the source has no such subject or version
   */
  ContractSchema version(String subject, int version);

  default ContractSchema latest(String subject) {
    List<Integer> versions = versions(subject);
    return version(subject, versions.get(versions.size() - 1));
  }

  /** {@code "OrderPlaced", "PaymentFailed" and 3 more}: the names a sentence lists. */
  static String listed(java.util.Collection<?> names) {
    List<String> all = names.stream().map(name -> "\"" + name + "\"").toList();
    int shown = Math.min(all.size(), 12);
    String text = String.join(", ", all.subList(0, shown));
    return all.size() > shown ? text + " and " + (all.size() - shown) + " more" : text;
  }
}
