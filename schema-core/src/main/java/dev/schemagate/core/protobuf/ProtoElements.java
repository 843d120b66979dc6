package dev.schemagate.core.protobuf;

import java.util.List;
import java.util.Objects;

/** The parts of a {@code .proto} file. Every list keeps the order of the file. */
public final class ProtoElements {
  private ProtoElements() {}

  /** A message or an enum: the types a file or a message declares. */
  public sealed interface ProtoType permits Message, EnumType {
    String name();

    int line();
  }

  /** {@code option name = value;}, the value as written (strings with their quotes). */
  public record Option(String name, String value) {}

  /** A field label; {@link #NONE} is proto3's field without one. */
  public enum Label {
    NONE(""),
    OPTIONAL("optional"),
    REQUIRED("required"),
    REPEATED("repeated");

    private final String keyword;

    Label(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  /**
   * A field. For a map field {@code type} is {@code map<K, V>} and {@link #keyType()} and
   * {@link #valueType()} give its parts; for others they are null.
   */
  public record Field(
      Label label, String type, String name, int number, List<Option> options, String keyType, String valueType,
      int line, int column) {
    public Field {
      Objects.requireNonNull(label, "label");
      options = List.copyOf(options);
    }

    public boolean isMap() {
      return keyType != null;
    }
  }

  public record OneOf(String name, List<Field> fields, List<Option> options) {
    public OneOf {
      fields = List.copyOf(fields);
      options = List.copyOf(options);
    }
  }

  /** {@code reserved}: number ranges ({@code to} inclusive; {@code max} is 536870911) and names. */
  public record Reserved(List<int[]> ranges, List<String> names) {
    public Reserved {
      ranges = List.copyOf(ranges);
      names = List.copyOf(names);
    }

    public boolean reservesNumber(int number) {
      return ranges.stream().anyMatch(r -> number >= r[0] && number <= r[1]);
    }
  }

  public record Message(
      String name,
      List<Field> fields,
      List<OneOf> oneOfs,
      List<ProtoType> nested,
      List<Reserved> reserved,
      List<Option> options,
      List<Extend> extensions,
      List<String> extensionRanges,
      int line)
      implements ProtoType {
    public Message {
      fields = List.copyOf(fields);
      oneOfs = List.copyOf(oneOfs);
      nested = List.copyOf(nested);
      reserved = List.copyOf(reserved);
      options = List.copyOf(options);
      extensions = List.copyOf(extensions);
      extensionRanges = List.copyOf(extensionRanges);
    }

    /** Every field, those inside oneofs included. */
    public List<Field> allFields() {
      List<Field> all = new java.util.ArrayList<>(fields);
      oneOfs.forEach(oneOf -> all.addAll(oneOf.fields()));
      return all;
    }
  }

  public record EnumValue(String name, int number, List<Option> options, int line) {
    public EnumValue {
      options = List.copyOf(options);
    }
  }

  public record EnumType(String name, List<EnumValue> values, List<Reserved> reserved, List<Option> options, int line)
      implements ProtoType {
    public EnumType {
      values = List.copyOf(values);
      reserved = List.copyOf(reserved);
      options = List.copyOf(options);
    }
  }

  /** {@code extend Type { fields }}. */
  public record Extend(String type, List<Field> fields) {
    public Extend {
      fields = List.copyOf(fields);
    }
  }

  public record Rpc(String name, String request, boolean requestStream, String response, boolean responseStream,
      List<Option> options) {
    public Rpc {
      options = List.copyOf(options);
    }
  }

  public record Service(String name, List<Rpc> rpcs, List<Option> options) {
    public Service {
      rpcs = List.copyOf(rpcs);
      options = List.copyOf(options);
    }
  }

  /** {@code import [public|weak] "path";}, with where it is written. */
  public record Import(String path, String modifier, int line, int column) {}
}
