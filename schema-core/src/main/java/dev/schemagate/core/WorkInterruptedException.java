package dev.schemagate.core;

/**
 * Work stopped because the thread doing it was interrupted, e.g. when a server's deadline for a
 * request passed. The long walks of the core (comparing, searching for witnesses, following
 * references) look for the interruption between steps, so interrupting their thread ends them soon.
 */
public final class WorkInterruptedException extends SchemaGateException {
  private static final long serialVersionUID = 1L;

  private WorkInterruptedException() {
    super("The work was interrupted before it finished.");
  }

  /** Throws when the current thread has been interrupted; the interruption stays set. */
  public static void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new WorkInterruptedException();
    }
  }
}
