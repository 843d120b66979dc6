package dev.schemagate.server.testing;

import dev.schemagate.server.store.SchemaStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A store that can hold one chosen call in the thread that makes it until the test lets it go, so
 * that a race between two requests is replayed step by step instead of hoped for.
 */
public final class PausingStore implements InvocationHandler {
  private final SchemaStore target;
  private final List<Pause> pauses = new CopyOnWriteArrayList<>();

  private PausingStore(SchemaStore target) {
    this.target = target;
  }

  public static PausingStore over(SchemaStore target) {
    return new PausingStore(target);
  }

  /** The store to hand to the code under test. */
  public SchemaStore store() {
    return (SchemaStore) Proxy.newProxyInstance(
        SchemaStore.class.getClassLoader(), new Class<?>[] {SchemaStore.class}, this);
  }

  /** Holds the next call of {@code method} whose arguments begin with {@code arguments}, before it reaches the store. */
  public Pause pauseBefore(String method, Object... arguments) {
    return add(new Pause(method, List.of(arguments), true));
  }

  /** Holds the next such call after the store answered it, before the answer is returned. */
  public Pause pauseAfter(String method, Object... arguments) {
    return add(new Pause(method, List.of(arguments), false));
  }

  private Pause add(Pause pause) {
    pauses.add(pause);
    return pause;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Pause pause = pauses.stream().filter(p -> p.matches(method, args)).findFirst().orElse(null);
    if (pause != null && pause.before) {
      pause.hold();
    }
    Object answer;
    try {
      answer = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (pause != null && !pause.before) {
      pause.hold();
    }
    return answer;
  }

  /** One call to hold: the test waits for it to arrive, does what races it, then releases it. */
  public static final class Pause {
    private final String method;
    private final List<Object> arguments;
    private final boolean before;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private Pause(String method, List<Object> arguments, boolean before) {
      this.method = method;
      this.arguments = arguments;
      this.before = before;
    }

    private boolean matches(Method called, Object[] args) {
      return called.getName().equals(method) && args != null && args.length >= arguments.size()
          && Arrays.asList(args).subList(0, arguments.size()).equals(arguments) && taken.compareAndSet(false, true);
    }

    private void hold() throws InterruptedException {
      arrived.countDown();
      if (!released.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the paused call " + method + arguments);
      }
    }

    /** Waits until a thread is held in the call. */
    public void awaitArrival() throws InterruptedException {
      if (!arrived.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("no thread reached " + method + arguments + " within 10 s");
      }
    }

    public void release() {
      released.countDown();
    }
  }
}
