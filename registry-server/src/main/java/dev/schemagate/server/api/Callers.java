package dev.schemagate.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What an adapter in front of the API (authentication) tells the routes about a request: who sent
 * it, for the audit trail, and which subjects its listings may show. Without an adapter a request is
 * anonymous and sees everything.
 */
public final class Callers {
  public static final String ANONYMOUS = "anonymous";
  private static final String WHO = "schemagate.caller";
  private static final String READABLE = "schemagate.readable";
  private static final String ACCESS = "schemagate.access";

  /** What a caller may do with one subject, as the console offers it. */
  public record SubjectAccess(boolean read, boolean register, boolean govern) {
    static final SubjectAccess ALL = new SubjectAccess(true, true, true);
  }

  private Callers() {}

  /** Names the caller; listings show only the subjects {@code readable} accepts (null for all). */
  public static void identify(Context ctx, String who, Predicate<String> readable) {
    ctx.attribute(WHO, who);
    if (readable != null) {
      ctx.attribute(READABLE, readable);
    }
  }

  /** Says what the caller may do with each subject; without it a request may do everything. */
  public static void allow(Context ctx, Function<String, SubjectAccess> access) {
    ctx.attribute(ACCESS, access);
  }

  /** What the caller may do with the subject. */
  static SubjectAccess access(Context ctx, String subject) {
    Function<String, SubjectAccess> access = ctx.attribute(ACCESS);
    return access == null ? SubjectAccess.ALL : access.apply(subject);
  }

  public static String who(Context ctx) {
    String who = ctx.attribute(WHO);
    return who == null ? ANONYMOUS : who;
  }

  /** The subjects the caller may read, or null when it may read every one. */
  static Predicate<String> readable(Context ctx) {
    return ctx.attribute(READABLE);
  }

  /** The items of a listing whose subject the caller may read. */
  static <T> List<T> readableOnly(Context ctx, List<T> items, Function<T, String> subject) {
    Predicate<String> readable = readable(ctx);
    return readable == null ? items : items.stream().filter(item -> readable.test(subject.apply(item))).toList();
  }

  /** Answers with Confluent's error shape, e.g. 401 with 40101 or 403 with 40301. */
  public static void refuse(Context ctx, int status, int errorCode, String message) {
    ErrorMapping.error(ctx, status, errorCode, message);
  }
}
