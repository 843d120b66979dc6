package dev.schemagate.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * Tries the configured address and port before anything else starts, so that a wrong one is one
 * sentence that says what is wrong, and no database file has been created for a server that never ran.
 */
final class ListenAddress {
  private ListenAddress() {}

  /** Throws {@link IllegalStateException} with the reason when the server could not listen on {@code host:port}. */
  static void requireBindable(String host, int port) {
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("cannot listen on " + host + ": no such host name; give an address of this"
          + " machine, or 0.0.0.0 for all of them");
    }
    if (!isOwn(address)) {
      throw new IllegalStateException("cannot listen on " + host + ": it is not an address of this machine; give one"
          + " of its addresses, or 0.0.0.0 for all of them");
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(address, port));
    } catch (BindException e) {
      throw new IllegalStateException("cannot listen on " + host + " port " + port + ": the port is in use by another"
          + " process or needs privileges (" + e.getMessage() + "); stop that process or choose another port");
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + host + " port " + port + ": " + e.getMessage());
    }
  }

  private static boolean isOwn(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
      return true;
    }
    try {
      return NetworkInterface.getByInetAddress(address) != null;
    } catch (SocketException e) {
      return true; // cannot tell; let the bind itself decide
    }
  }
}
