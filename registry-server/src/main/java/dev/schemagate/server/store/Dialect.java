package dev.schemagate.server.store;

/** The databases the store runs on, and the few places where their SQL differs. */
enum Dialect {
  /** The embedded default: one server process owns the file. */
  SQLITE("SQLite", "classpath:db/migration"),
  /** Several server processes on one database; the database decides every race between them. */
  POSTGRESQL("PostgreSQL", "classpath:db/postgresql");

  private final String displayName;
  private final String migrations;

  Dialect(String displayName, String migrations) {
    this.displayName = displayName;
    this.migrations = migrations;
  }

  String displayName() {
    return displayName;
  }

  /** Where Flyway finds this database's migrations: each database has its own SQL. */
  String migrations() {
    return migrations;
  }

  /** The LIMIT that means no limit: SQLite takes -1, PostgreSQL NULL. */
  Integer unlimited() {
    return this == SQLITE ? -1 : null;
  }
}
