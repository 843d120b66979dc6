package dev.schemagate.server.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every failed login (the address, the user name when there is one and why; never a password or
 * a token) and slows the next attempts from the same address: 200 ms after the first failure,
 * doubling to at most 3 seconds, until a login from there succeeds.
 */
final class FailedLogins {
  private static final Logger LOG = LoggerFactory.getLogger(FailedLogins.class);
  static final long FIRST_DELAY_MILLIS = 200;
  static final long MAX_DELAY_MILLIS = 3_000;
  /** Addresses remembered at once; the oldest goes first, so a flood of addresses costs bounded memory. */
  private static final int MAX_ADDRESSES = 10_000;

  private final Map<String, Integer> failures = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > MAX_ADDRESSES;
    }
  };

  /** Records the failure, logs it and waits before the 401 goes out. */
  void failed(String address, String user, String reason) {
    int count;
    synchronized (failures) {
      count = failures.merge(address, 1, Integer::sum);
    }
    LOG.warn("Failed login from {}{}: {} ({} in a row)", address,
        user == null ? "" : " as user \"" + printable(user) + "\"", reason, count);
    long delay = Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << Math.min(count - 1, 10));
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void succeeded(String address) {
    synchronized (failures) {
      failures.remove(address);
    }
  }

  private static String printable(String user) {
    String shown = user.length() > 64 ? user.substring(0, 64) + "..." : user;
    return shown.replaceAll("[\\p{Cntrl}\"]", "?");
  }
}
