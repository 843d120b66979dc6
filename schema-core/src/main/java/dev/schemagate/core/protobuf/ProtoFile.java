package dev.schemagate.core.protobuf;

import dev.schemagate.core.protobuf.ProtoElements.EnumType;
import dev.schemagate.core.protobuf.ProtoElements.Extend;
import dev.schemagate.core.protobuf.ProtoElements.Import;
import dev.schemagate.core.protobuf.ProtoElements.Message;
import dev.schemagate.core.protobuf.ProtoElements.Option;
import dev.schemagate.core.protobuf.ProtoElements.ProtoType;
import dev.schemagate.core.protobuf.ProtoElements.Service;
import java.util.List;

/**
 * One {@code .proto} file.
 *
 * @param syntax {@code proto2} (also when the file does not say) or {@code proto3}, or the edition
 * @param packageName the package, "" when none
 */
public record ProtoFile(
    String syntax,
    String packageName,
    List<Import> imports,
    List<Option> options,
    List<ProtoType> types,
    List<Service> services,
    List<Extend> extensions) {

  public ProtoFile {
    imports = List.copyOf(imports);
    options = List.copyOf(options);
    types = List.copyOf(types);
    services = List.copyOf(services);
    extensions = List.copyOf(extensions);
  }

  public boolean isProto3() {
    return syntax.equals("proto3");
  }

  /** True when the file names an edition ({@code edition = "2023";}) rather than a syntax. */
  public boolean isEdition() {
    return !syntax.equals("proto2") && !syntax.equals("proto3");
  }

  /** The messages declared at the top of the file. */
  public List<Message> messages() {
    return types.stream().filter(Message.class::isInstance).map(Message.class::cast).toList();
  }

  public List<EnumType> enums() {
    return types.stream().filter(EnumType.class::isInstance).map(EnumType.class::cast).toList();
  }

  /** {@code package.Name} for a top-level type name. */
  public String qualify(String name) {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }
}
