package dev.schemagate.server.metrics;

import dev.schemagate.server.store.SchemaStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * A store that times each call into the database ({@code schemagate_store_calls_seconds}, by
 * operation and outcome), wrapped around the real one so that the store itself knows nothing of
 * metrics. Calls that do not reach the database, or run other calls inside them, are not timed.
 */
public final class TimedStore implements InvocationHandler {
  private static final Set<String> UNTIMED = Set.of("exclusively", "onChanges", "describe", "shared", "close",
      "toString", "hashCode", "equals");

  private final SchemaStore target;
  private final MeterRegistry registry;

  private TimedStore(SchemaStore target, MeterRegistry registry) {
    this.target = target;
    this.registry = registry;
  }

  public static SchemaStore over(SchemaStore target, MeterRegistry registry) {
    return (SchemaStore) Proxy.newProxyInstance(
        SchemaStore.class.getClassLoader(), new Class<?>[] {SchemaStore.class}, new TimedStore(target, registry));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
    if (UNTIMED.contains(method.getName())) {
      return call(method, arguments);
    }
    long start = System.nanoTime();
    String outcome = "error";
    try {
      Object result = call(method, arguments);
      outcome = "ok";
      return result;
    } finally {
      Timers.timer(registry, "schemagate.store.calls", "Calls into the database, by store operation and outcome.",
          "operation", method.getName(), "outcome", outcome).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  private Object call(Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
