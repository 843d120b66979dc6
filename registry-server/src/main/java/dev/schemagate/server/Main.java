package dev.schemagate.server;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.api.Sizes;
import dev.schemagate.server.logging.LogFormat;
import dev.schemagate.server.logging.ServerLogging;
import dev.schemagate.server.registry.Registry;
import java.lang.management.ManagementFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the registry from the command line; every option can also come from an environment variable. */
@Command(
    name = "schemagate-registry-server",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = "A Confluent-compatible schema registry on an embedded SQLite database, or on PostgreSQL for several nodes.",
    subcommands = {HashPasswordCommand.class, CopyCommand.class, ExportCommand.class, ImportCommand.class},
    footer = {"", "Every option can also be set with the environment variable named in its description, or in the"
        + " --config file under its name without '--' (port=8081). A flag wins over its variable, which wins over the file."})
public final class Main implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file setting any of these options by name without '--', e.g. port=8081; an unknown key"
          + " is refused (SCHEMAGATE_CONFIG).")
  String config;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8081",
      description = "Port to listen on; 0 picks a free one (SCHEMAGATE_PORT, default: ${DEFAULT-VALUE}).")
  String port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
      description = "Address to bind (SCHEMAGATE_HOST, default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--db", paramLabel = "FILE|JDBC_URL", defaultValue = "schemagate.db",
      description = "SQLite database file or jdbc:sqlite: URL, created on first start in an existing folder; or"
          + " jdbc:postgresql://HOST:PORT/DATABASE for a database several nodes share, with the user and password in"
          + " SCHEMAGATE_DB_USER and SCHEMAGATE_DB_PASSWORD (SCHEMAGATE_DB, default: ${DEFAULT-VALUE}).")
  String database;

  @Option(names = "--db-pool-size", paramLabel = "CONNECTIONS", defaultValue = "10",
      description = "Most PostgreSQL connections this node keeps open; a request waits up to 3 s for one, then gets 503"
          + " (SCHEMAGATE_DB_POOL_SIZE, default: ${DEFAULT-VALUE}).")
  String databasePoolSize;

  @Option(names = "--default-compatibility", paramLabel = "LEVEL",
      defaultValue = "BACKWARD",
      description = "Compatibility level of subjects nobody configured: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD,"
          + " FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE (SCHEMAGATE_DEFAULT_COMPATIBILITY, default: ${DEFAULT-VALUE}).")
  String defaultCompatibility;

  @Option(names = "--max-request-size", paramLabel = "SIZE",
      description = "Largest request body accepted, in bytes or with KB/MB; larger ones get 413"
          + " (SCHEMAGATE_MAX_REQUEST_SIZE, default: 8MB, or a 64th of the heap when that is less).")
  String maxRequestSize;

  @Option(names = "--schema-cache-memory", paramLabel = "SIZE|PERCENT",
      defaultValue = "25%",
      description = "Heap that schemas, their parsed forms and subject histories may take in memory, in bytes, with KB/MB,"
          + " or as a percentage of the maximum heap (-Xmx); what does not fit is read and parsed again when needed"
          + " (SCHEMAGATE_SCHEMA_CACHE_MEMORY, default: ${DEFAULT-VALUE}).")
  String schemaCacheMemory;

  @Option(names = "--schema-cache-size", paramLabel = "COUNT", defaultValue = "",
      description = "Deprecated, use --schema-cache-memory: when given, the schema cache may take COUNT times 20 KB of heap"
          + " (SCHEMAGATE_SCHEMA_CACHE_SIZE).")
  String schemaCacheSize;

  @Spec CommandSpec spec;

  @CommandLine.Mixin SecurityOptions security = new SecurityOptions();

  @Option(names = "--max-in-flight-size", paramLabel = "SIZE",
      description = "Most bytes of request bodies read and worked on at once, in bytes or with KB/MB; past it a request"
          + " waits a second, then gets 429 (SCHEMAGATE_MAX_IN_FLIGHT_SIZE, default: 32MB, or a 32nd of the heap when"
          + " that is less).")
  String maxInFlightSize;

  @Option(names = "--request-timeout", paramLabel = "MILLIS", defaultValue = "10000",
      description = "Longest a request may parse and check schemas, in milliseconds, before it is stopped with 42209;"
          + " 0 for none (SCHEMAGATE_REQUEST_TIMEOUT, default: ${DEFAULT-VALUE}).")
  String requestTimeout;

  @Option(names = "--ui", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
      defaultValue = "true",
      description = "Serve the web console at /ui (SCHEMAGATE_UI, default: ${DEFAULT-VALUE}).")
  String ui;

  @Option(names = "--cors-origins", paramLabel = "ORIGIN[,ORIGIN...]", defaultValue = "",
      description = "Origins whose browser pages may call the API, e.g. https://console.example.com, or * for any; none by"
          + " default (SCHEMAGATE_CORS_ORIGINS).")
  String corsOrigins;

  @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text",
      description = "How log lines are written: text, or json for one JSON object per line (SCHEMAGATE_LOG_FORMAT,"
          + " default: ${DEFAULT-VALUE}).")
  String logFormat;

  /** Where each option's value comes from when the command line does not give it. */
  private final Map<String, String> environment;
  /** Where it comes from when neither the command line nor the environment gives it. */
  private ConfigFile configFile = ConfigFile.none();

  Main(Map<String, String> environment) {
    this.environment = environment;
  }

  /** The environment options and store logins are read from; subcommands read theirs here too. */
  Map<String, String> environment() {
    return environment;
  }

  public static void main(String[] args) {
    System.exit(run(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Parses the arguments, reading an option that is not given from its variable in {@code environment},
   * and runs until SIGTERM; answers the exit code (without exiting).
   */
  static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine;
    try {
      commandLine = commandLine(environment, out, err, args);
    } catch (CommandLine.ParameterException e) {
      err.println("error: " + e.getMessage() + " (see --help)");
      return 2;
    }
    return commandLine.execute(args);
  }

  /**
   * The command line, not yet parsed, whose options default to their environment variables, then to
   * the config file that {@code args} or the environment name (read here: a missing file or an
   * unknown key in it is refused before anything else).
   */
  static CommandLine commandLine(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
    Main main = new Main(environment);
    CommandLine commandLine = new CommandLine(main);
    commandLine.setOut(out).setErr(err);
    CommandSpec spec = commandLine.getCommandSpec();
    Path file = ConfigFile.named(args, environment.get(environmentVariable("--config")));
    if (file != null) {
      java.util.Set<String> keys = new java.util.TreeSet<>();
      spec.options().stream().filter(option -> !option.usageHelp() && !option.versionHelp() && !option.longestName().equals("--config"))
          .forEach(option -> keys.add(ConfigFile.key(option.longestName())));
      try {
        main.configFile = ConfigFile.read(file, keys);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(commandLine, e.getMessage());
      }
    }
    commandLine.setDefaultValueProvider(argument -> {
      if (!(argument instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
        return null;
      }
      String variable = environment.get(environmentVariable(option.longestName()));
      // the file's keys are the server's options; a subcommand's options come from the environment only
      return variable != null || option.command() != spec ? variable : main.configFile.value(option.longestName());
    });
    commandLine.setParameterExceptionHandler((e, ignored) -> {
      String from = e.getArgSpec() instanceof OptionSpec option && e.getCommandLine().getCommand() instanceof Main parsed
          ? parsed.sourceIfNotFlag(option.longestName()) : null;
      e.getCommandLine().getErr().println("error: " + e.getMessage() + (from == null ? "" : " (from " + from + ")") + " (see --help)");
      return 2;
    });
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + e.getMessage());
      return 1;
    });
    return commandLine;
  }

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig settings = settings();
    ServerLogging.format(LogFormat.fromName(logFormat).orElseThrow());
    RegistryServer server = RegistryServer.create(config -> copy(settings, config)).start();
    long startedIn = ManagementFactory.getRuntimeMXBean().getUptime();
    LOG.info(
        "SchemaGate registry listening on {}://{}:{} (store: {}) started in {} ms{}",
        settings.tlsCertificate() == null ? "http" : "https", settings.host(), server.port(), server.storeDescription(),
        startedIn, SecurityOptions.describe(settings));
    SecurityOptions.watchUsers(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("Stopping: finishing requests in flight, then closing the store");
      server.close();
      LOG.info("Stopped");
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
    return 0;
  }

  /** The deprecated count when given, else the memory budget. */
  private long schemaCacheBytes() {
    if (schemaCacheSize != null && !schemaCacheSize.isBlank()) {
      int count = number("--schema-cache-size", schemaCacheSize, "a whole number of at least 1");
      if (count < 1) {
        throw invalid("--schema-cache-size", schemaCacheSize, "a whole number of at least 1");
      }
      return count * Registry.BYTES_PER_COUNTED_SCHEMA;
    }
    String value = schemaCacheMemory.trim();
    String expected = "a number of bytes, optionally with KB or MB, or a percentage from 1% to 90%";
    if (value.endsWith("%")) {
      String digits = value.substring(0, value.length() - 1).trim();
      if (!digits.matches("[0-9]{1,2}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 90) {
        throw invalid("--schema-cache-memory", schemaCacheMemory, expected);
      }
      return Runtime.getRuntime().maxMemory() / 100 * Integer.parseInt(digits);
    }
    long bytes = Sizes.parse(value).orElseThrow(() -> invalid("--schema-cache-memory", schemaCacheMemory, expected));
    if (bytes < 1024) {
      throw invalid("--schema-cache-memory", schemaCacheMemory, "at least 1024 bytes");
    }
    return bytes;
  }

  /** Checks every option before anything starts, so a wrong one is one clear line naming where it came from. */
  ServerConfig settings() {
    ServerConfig config = new ServerConfig();
    int portNumber = number("--port", port, "a port number from 0 to 65535");
    if (portNumber > 65535) {
      throw invalid("--port", port, "a port number from 0 to 65535");
    }
    long maxBytes = size("--max-request-size", maxRequestSize, ServerConfig.DEFAULT_MAX_REQUEST_BYTES);
    long cacheBytes = schemaCacheBytes();
    long inFlightBytes = size("--max-in-flight-size", maxInFlightSize, ServerConfig.DEFAULT_MAX_IN_FLIGHT_BODY_BYTES);
    int timeoutMillis = number("--request-timeout", requestTimeout, "0 (none) or a number of milliseconds");
    config.host(host).port(portNumber).maxRequestBytes(maxBytes).schemaCacheBytes(cacheBytes);
    config.maxInFlightBodyBytes(inFlightBytes).requestTimeoutMillis(timeoutMillis);
    LogFormat.fromName(logFormat).orElseThrow(() -> invalid("--log-format", logFormat, "text or json"));
    try {
      config.corsOrigins(java.util.Arrays.stream(corsOrigins.split(",")).filter(origin -> !origin.isBlank()).toList());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), source("--cors-origins") + ": " + e.getMessage());
    }
    config.ui(switch (ui.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid("--ui", ui, "true or false");
    });
    config.defaultCompatibility(
        CompatibilityLevel.fromName(defaultCompatibility)
            .orElseThrow(() -> invalid("--default-compatibility", defaultCompatibility,
                "one of NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE")));
    if (database.startsWith("jdbc:")) {
      try {
        config.jdbcUrl(database);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), source("--db") + ": " + e.getMessage());
      }
    } else {
      config.database(Path.of(database));
    }
    int poolSize = number("--db-pool-size", databasePoolSize, "a number of connections from 1 to 1000");
    if (poolSize < 1 || poolSize > 1000) {
      throw invalid("--db-pool-size", databasePoolSize, "a number of connections from 1 to 1000");
    }
    // from the environment only: a password on the command line shows in every process listing
    config.databasePoolSize(poolSize).databaseLogin(environment.get("SCHEMAGATE_DB_USER"), environment.get("SCHEMAGATE_DB_PASSWORD"));
    try {
      security.apply(config);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return config;
  }

  /** A size option of at least 1024 bytes; {@code whenAbsent} when neither the flag nor its variable is given. */
  private long size(String option, String text, long whenAbsent) {
    if (text == null) {
      return whenAbsent;
    }
    long bytes = Sizes.parse(text).orElseThrow(() -> invalid(option, text, "a number of bytes, optionally with KB or MB"));
    if (bytes < 1024) {
      throw invalid(option, text, "at least 1024 bytes");
    }
    return bytes;
  }

  private int number(String option, String text, String expected) {
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with where the value came from
    }
    throw invalid(option, text, expected);
  }

  private CommandLine.ParameterException invalid(String option, String value, String expected) {
    return new CommandLine.ParameterException(spec.commandLine(),
        source(option) + " must be " + expected + ", not '" + value + "'");
  }

  /**
   * The option as the operator gave it: the flag when it is on the command line, else its
   * environment variable, else its key in the config file.
   */
  private String source(String option) {
    String elsewhere = sourceIfNotFlag(option);
    return elsewhere == null ? option : elsewhere;
  }

  /** Where the option's value came from when not from the command line: its variable or its key in the file; else null. */
  private String sourceIfNotFlag(String option) {
    if (spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption(option)) {
      return null;
    }
    String variable = environmentVariable(option);
    if (environment.get(variable) != null) {
      return variable;
    }
    return configFile.value(option) != null ? configFile.describe(option) : null;
  }

  static String environmentVariable(String option) {
    return "SCHEMAGATE_" + option.substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static void copy(ServerConfig from, ServerConfig to) {
    to.host(from.host()).port(from.port()).jdbcUrl(from.jdbcUrl())
        .databaseLogin(from.databaseUser(), from.databasePassword()).databasePoolSize(from.databasePoolSize())
        .defaultCompatibility(from.defaultCompatibility()).maxRequestBytes(from.maxRequestBytes())
        .schemaCacheBytes(from.schemaCacheBytes());
    to.maxInFlightBodyBytes(from.maxInFlightBodyBytes()).requestTimeoutMillis(from.requestTimeoutMillis());
    to.ui(from.ui()).corsOrigins(from.corsOrigins());
    to.auth(from.auth());
    if (from.tlsCertificate() != null) {
      to.tls(from.tlsCertificate(), from.tlsKey());
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"schemagate-registry-server " + (version == null ? "(development build)" : version)};
    }
  }
}
