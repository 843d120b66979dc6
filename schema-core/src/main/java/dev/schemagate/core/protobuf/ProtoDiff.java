package dev.schemagate.core.protobuf;

import dev.schemagate.core.internal.Quotes;
import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.protobuf.ProtoElements.Field;
import dev.schemagate.core.protobuf.ProtoElements.Label;
import dev.schemagate.core.protobuf.ProtoElements.Message;
import dev.schemagate.core.protobuf.ProtoElements.OneOf;
import dev.schemagate.core.protobuf.ProtoElements.ProtoType;
import dev.schemagate.core.protobuf.ProtoTypes.Definition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One comparison of a writer file with a reader file, message by message and field number by field number. */
final class ProtoDiff {
  private final SchemaPair pair;
  private final ProtobufSchema writer;
  private final ProtobufSchema reader;
  private final FieldTypes fieldTypes;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> comparedImports = new HashSet<>();

  ProtoDiff(SchemaPair pair) {
    this.pair = pair;
    this.writer = (ProtobufSchema) pair.writer();
    this.reader = (ProtobufSchema) pair.reader();
    this.fieldTypes = new FieldTypes(writer, reader, this);
  }

  List<Finding> findings() {
    String writerPackage = writer.file().packageName();
    String readerPackage = reader.file().packageName();
    if (!writerPackage.equals(readerPackage)) {
      add(Rule.PACKAGE_CHANGED, "", "The package changed from " + Quotes.quote(oldOf(writerPackage, readerPackage)) + " to "
          + Quotes.quote(newOf(writerPackage, readerPackage)) + ", so every message has another full name and data cannot be"
          + " matched across the versions; keep the package.");
    }
    compareTypes(writer.file().types(), reader.file().types(), writerPackage, readerPackage, "");
    return findings;
  }

  private void compareTypes(List<ProtoType> written, List<ProtoType> read, String writerScope, String readerScope, String path) {
    Map<String, Message> readerMessages = messages(read);
    for (Message message : messages(written).values()) {
      String messagePath = path + "/" + message.name();
      Message counterpart = readerMessages.get(message.name());
      if (counterpart == null) {
        add(Rule.MESSAGE_REMOVED, path.isEmpty() ? "" : path, "Message " + Quotes.quote(message.name()) + " is in "
            + pair.writerLabel() + " but not in " + pair.readerLabel() + ", so data of that message written with "
            + pair.writerLabel() + " cannot be read; keep the message.");
        continue;
      }
      compareMessage(message, counterpart, writerScope + dot(writerScope) + message.name(),
          readerScope + dot(readerScope) + message.name(), messagePath);
    }
  }

  private void compareMessage(Message written, Message read, String writerScope, String readerScope, String path) {
    Members writerMembers = new Members(written);
    Members readerMembers = new Members(read);
    checkNewExclusivity(read, writerMembers, path);
    Set<String> deletedOneOfs = new HashSet<>();
    for (OneOf oneOf : written.oneOfs()) {
      boolean gone = read.oneOfs().stream().noneMatch(o -> o.name().equals(oneOf.name()));
      if (gone && oneOf.fields().stream().noneMatch(f -> readerMembers.byNumber.containsKey(f.number()))) {
        deletedOneOfs.add(oneOf.name());
      }
    }
    Set<Integer> numbers = new TreeSet<>(writerMembers.byNumber.keySet());
    numbers.addAll(readerMembers.byNumber.keySet());
    for (int number : numbers) {
      Field writerField = writerMembers.byNumber.get(number);
      Field readerField = readerMembers.byNumber.get(number);
      String writerOneOf = writerMembers.oneOfOf.get(number);
      String readerOneOf = readerMembers.oneOfOf.get(number);
      String fieldPath = path + (readerOneOf != null ? "/" + readerOneOf : writerOneOf != null && readerField == null
          ? "/" + writerOneOf : "") + "/" + number;
      if (readerField == null) {
        if (writerOneOf != null && !deletedOneOfs.contains(writerOneOf)) {
          add(Rule.ONEOF_FIELD_REMOVED, fieldPath, "Field " + Quotes.quote(writerField.name()) + " (number " + number
              + ") of oneof " + Quotes.quote(writerOneOf) + " is in " + pair.writerLabel() + " but not in " + pair.readerLabel()
              + ", so a message written with that choice loses its value; keep the field.");
        } else if (writerOneOf == null && writerField.label() == Label.REQUIRED) {
          add(Rule.REQUIRED_FIELD_REMOVED, fieldPath, "Required field " + Quotes.quote(writerField.name()) + " (number " + number
              + ") is in " + pair.writerLabel() + " but not in " + pair.readerLabel() + "; consumers that require a field"
              + " reject data from producers that drop it, so make it optional in one version before removing it.");
        }
      } else if (writerField == null) {
        if (readerOneOf == null && readerField.label() == Label.REQUIRED) {
          add(Rule.REQUIRED_FIELD_ADDED, fieldPath, "Required field " + Quotes.quote(readerField.name()) + " (number " + number
              + ") is in " + pair.readerLabel() + " but not in " + pair.writerLabel() + ", so data written with "
              + pair.writerLabel() + " lacks it and cannot be read; make the field optional.");
        }
      } else {
        fieldTypes.compare(writerField, readerField, writerScope, readerScope, fieldPath, pair, findings);
      }
    }
    compareTypes(written.nested(), read.nested(), writerScope, readerScope, path);
  }

  /**
   * Compares two message types that fields of the same number use, when at least one comes from an
   * imported file (local ones are compared where they are declared). Each pair is compared once.
   */
  void compareImported(Definition written, Definition read, String path) {
    boolean imported = !written.origin().isEmpty() || !read.origin().isEmpty();
    if (imported && written.declaration() instanceof Message writtenMessage
        && read.declaration() instanceof Message readMessage
        && comparedImports.add(written.fullName() + " " + read.fullName())) {
      compareMessage(writtenMessage, readMessage, written.fullName(), read.fullName(), path);
    }
  }

  /**
   * Fields the writer could set independently must not become members of one reader oneof: data
   * setting several of them could not be read.
   */
  private void checkNewExclusivity(Message read, Members writerMembers, String path) {
    for (OneOf oneOf : read.oneOfs()) {
      Set<String> origins = new HashSet<>();
      List<String> movedIn = new ArrayList<>();
      List<String> involved = new ArrayList<>();
      for (Field field : oneOf.fields()) {
        String writerOneOf = writerMembers.oneOfOf.get(field.number());
        if (writerOneOf != null) {
          origins.add("oneof " + writerOneOf);
          involved.add(Quotes.quote(field.name()) + " (in oneof " + Quotes.quote(writerOneOf) + ")");
        } else if (writerMembers.byNumber.containsKey(field.number())) {
          origins.add("field " + field.number());
          movedIn.add(Quotes.quote(field.name()));
          involved.add(Quotes.quote(field.name()) + " (on its own)");
        }
      }
      if (origins.size() > 1) {
        Rule rule = movedIn.size() == 1 ? Rule.FIELD_MOVED_TO_EXISTING_ONEOF : Rule.MULTIPLE_FIELDS_MOVED_TO_ONEOF;
        String keep = movedIn.isEmpty() ? "keep the oneofs apart"
            : "keep " + joined(movedIn) + " outside the oneof";
        add(rule, path + "/" + oneOf.name(), "Fields " + joined(involved) + " can be set together in " + pair.writerLabel()
            + ", but in " + pair.readerLabel() + " they are members of oneof " + Quotes.quote(oneOf.name())
            + ", where only one can be set, so data setting several of them cannot be read; " + keep + ".");
      }
    }
  }

  /** {@code "a"}, {@code "a" and "b"}, {@code "a", "b" and "c"}. */
  private static String joined(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** The fields of a message by number, and the oneof each belongs to. */
  private static final class Members {
    final Map<Integer, Field> byNumber = new HashMap<>();
    final Map<Integer, String> oneOfOf = new HashMap<>();

    Members(Message message) {
      message.fields().forEach(field -> byNumber.put(field.number(), field));
      for (OneOf oneOf : message.oneOfs()) {
        for (Field field : oneOf.fields()) {
          byNumber.put(field.number(), field);
          oneOfOf.put(field.number(), oneOf.name());
        }
      }
    }
  }

  private static Map<String, Message> messages(List<ProtoType> types) {
    Map<String, Message> messages = new LinkedHashMap<>();
    types.stream().filter(Message.class::isInstance).map(Message.class::cast).forEach(m -> messages.put(m.name(), m));
    return messages;
  }

  private String oldOf(String writerValue, String readerValue) {
    return pair.readerIsNew() ? writerValue : readerValue;
  }

  private String newOf(String writerValue, String readerValue) {
    return pair.readerIsNew() ? readerValue : writerValue;
  }

  private static String dot(String scope) {
    return scope.isEmpty() ? "" : ".";
  }


  private void add(Rule rule, String path, String message) {
    findings.add(Finding.of(rule, path, message));
  }
}
