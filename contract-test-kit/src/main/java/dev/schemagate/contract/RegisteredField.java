package dev.schemagate.contract;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Finds the {@code @RegisterExtension} field an extension is in, so that its errors can name it. */
final class RegisteredField {
  private RegisteredField() {}

  /** {@code com.acme.OrderTest.contracts}, or null when no field of the test class (or its superclasses) holds it. */
  static String of(Object extension, ExtensionContext context) {
    Optional<Object> instance = context.getTestInstance();
    for (Class<?> type = context.getRequiredTestClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        if (!field.getType().isInstance(extension) || !isStatic && instance.isEmpty() || !field.trySetAccessible()) {
          continue;
        }
        try {
          if (field.get(isStatic ? null : instance.get()) == extension) {
            return type.getName() + "." + field.getName();
          }
        } catch (IllegalAccessException unreadable) {
          // not this one
        }
      }
    }
    return null;
  }
}
