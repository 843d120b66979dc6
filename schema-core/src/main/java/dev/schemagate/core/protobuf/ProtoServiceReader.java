package dev.schemagate.core.protobuf;

import dev.schemagate.core.protobuf.ProtoElements.Option;
import dev.schemagate.core.protobuf.ProtoElements.Rpc;
import dev.schemagate.core.protobuf.ProtoElements.Service;
import dev.schemagate.core.protobuf.ProtoTokens.Kind;
import dev.schemagate.core.protobuf.ProtoTokens.Token;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code service} blocks: their rpcs by name, request and response types and options. */
final class ProtoServiceReader {
  private ProtoServiceReader() {}

  static Service service(ProtoCursor cursor) {
    cursor.expect("service", "");
    String name = cursor.identifier("a service name");
    Token open = cursor.expect("{", "after the service name " + name);
    List<Rpc> rpcs = new ArrayList<>();
    List<Option> options = new ArrayList<>();
    while (!cursor.accept("}")) {
      if (cursor.atEnd()) {
        throw ProtoCursor.problem(open, "Service " + name + " is not closed; end it with '}'.");
      }
      if (cursor.accept(";")) {
        continue;
      }
      if (cursor.accept("option")) {
        options.add(cursor.option());
        cursor.expect(";", "after the option");
        continue;
      }
      cursor.expect("rpc", "in service " + name);
      String rpc = cursor.identifier("an rpc name");
      cursor.expect("(", "before the request type of " + rpc);
      boolean requestStream = cursor.peek().is("stream") && cursor.peekAhead(1).kind() == Kind.IDENT && cursor.accept("stream");
      String request = cursor.qualifiedName("the request type");
      cursor.expect(")", "after the request type");
      cursor.expect("returns", "after the request of " + rpc);
      cursor.expect("(", "before the response type of " + rpc);
      boolean responseStream = cursor.peek().is("stream") && cursor.peekAhead(1).kind() == Kind.IDENT && cursor.accept("stream");
      String response = cursor.qualifiedName("the response type");
      cursor.expect(")", "after the response type");
      List<Option> rpcOptions = new ArrayList<>();
      if (cursor.peek().is("{")) {
        Token body = cursor.take();
        while (!cursor.accept("}")) {
          if (cursor.atEnd()) {
            throw ProtoCursor.problem(body, "Rpc " + rpc + " is not closed; end it with '}'.");
          }
          if (!cursor.accept(";")) {
            cursor.expect("option", "in rpc " + rpc);
            rpcOptions.add(cursor.option());
            cursor.expect(";", "after the option");
          }
        }
      } else {
        cursor.expect(";", "after rpc " + rpc);
      }
      rpcs.add(new Rpc(rpc, request, requestStream, response, responseStream, rpcOptions));
    }
    return new Service(name, rpcs, options);
  }

}
