package dev.schemagate.server.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users file: who may log in with HTTP Basic, with which password hash, role and subjects.
 *
 * <pre>{@code
 * {
 *   "users": {
 *     "ci":     {"password": "$2a$12$...", "role": "writer", "subjects": ["orders.*"], "readSubjects": ["*"]},
 *     "alice":  {"password": "$2a$12$...", "role": "admin"}
 *   }
 * }
 * }</pre>
 *
 * {@code subjects} defaults to {@code ["*"]}, {@code readSubjects} to none.
 */
public final class UsersFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One entry of the file. */
  record User(String passwordHash, Caller caller) {}

  private UsersFile() {}

  /** Reads and checks the whole file; a problem is one sentence naming the file and the JSON pointer. */
  static Map<String, User> read(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new IllegalArgumentException("The users file " + file + " is not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("The users file " + file + " cannot be read: " + e.getMessage());
    }
    JsonNode users = root == null ? null : root.get("users");
    if (users == null || !users.isObject()) {
      throw problem(file, "/users", "must be an object of user names to their entries");
    }
    Map<String, User> read = new LinkedHashMap<>();
    for (var entry : users.properties()) {
      String name = entry.getKey();
      String at = "/users/" + name.replace("~", "~0").replace("/", "~1");
      JsonNode user = entry.getValue();
      if (name.isBlank() || name.contains(":")) {
        throw problem(file, at, "is not a user name: names are not blank and hold no ':'");
      }
      if (!user.isObject()) {
        throw problem(file, at, "must be an object with \"password\" and \"role\"");
      }
      String hash = user.path("password").asText("");
      if (!Passwords.isHash(hash)) {
        throw problem(file, at + "/password",
            "must be a bcrypt hash ($2a$12$...); print one with: schemagate-registry-server hash-password");
      }
      Role role = Role.named(user.path("role").asText(""))
          .orElseThrow(() -> problem(file, at + "/role", "must be reader, writer or admin"));
      SubjectPatterns subjects = user.has("subjects") ? patterns(file, at + "/subjects", user.get("subjects")) : SubjectPatterns.all();
      SubjectPatterns readSubjects =
          user.has("readSubjects") ? patterns(file, at + "/readSubjects", user.get("readSubjects")) : SubjectPatterns.none();
      read.put(name, new User(hash, new Caller(name, role, subjects, readSubjects)));
    }
    return Map.copyOf(read);
  }

  private static SubjectPatterns patterns(Path file, String at, JsonNode node) {
    if (!node.isArray()) {
      throw problem(file, at, "must be an array of subject patterns such as [\"orders.*\"]");
    }
    List<String> patterns = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isTextual() || node.get(i).asText().isEmpty()) {
        throw problem(file, at + "/" + i, "must be a subject pattern such as \"orders.*\"");
      }
      patterns.add(node.get(i).asText());
    }
    return SubjectPatterns.of(patterns);
  }

  private static IllegalArgumentException problem(Path file, String pointer, String what) {
    return new IllegalArgumentException("The users file " + file + " is not valid: " + pointer + " " + what + ".");
  }
}
