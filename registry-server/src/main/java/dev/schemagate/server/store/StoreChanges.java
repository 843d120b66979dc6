package dev.schemagate.server.store;

import dev.schemagate.server.store.SchemaStore.Setting;

/**
 * What another node changed in a shared database, as far as memory in front of the store cares:
 * the caller forgets what it kept of it and reads it again. Called on the store's listening thread.
 */
public interface StoreChanges {
  /** A subject's versions changed: added, soft-deleted or removed. */
  void historyChanged(String subject);

  /** A configuration or mode changed; {@link SchemaStore#GLOBAL} is the registry's own. */
  void settingChanged(Setting setting, String scope);

  /** A schema was deleted for good. */
  void schemaRemoved(int id);

  /** Anything may have changed: notifications were missed (the listener was disconnected). */
  void everythingMayHaveChanged();

  /** The payload that stands for "anything may have changed". */
  String EVERYTHING = "*";

  /** PostgreSQL takes notification payloads of up to 8000 bytes; longer subjects are sent as {@link #EVERYTHING}. */
  int LONGEST_PAYLOAD = 2000;

  static String history(String subject) {
    return "V" + subject;
  }

  static String setting(Setting setting, String scope) {
    return (setting == Setting.CONFIG ? "C" : "M") + scope;
  }

  static String removed(int id) {
    return "X" + id;
  }

  /** Hands one payload to {@code changes}; an unknown one counts as everything. */
  static void dispatch(String payload, StoreChanges changes) {
    String rest = payload.isEmpty() ? "" : payload.substring(1);
    switch (payload.isEmpty() ? '*' : payload.charAt(0)) {
      case 'V' -> changes.historyChanged(rest);
      case 'C' -> changes.settingChanged(Setting.CONFIG, rest);
      case 'M' -> changes.settingChanged(Setting.MODE, rest);
      case 'X' -> {
        try {
          changes.schemaRemoved(Integer.parseInt(rest));
        } catch (NumberFormatException e) {
          changes.everythingMayHaveChanged();
        }
      }
      default -> changes.everythingMayHaveChanged();
    }
  }
}
