package dev.schemagate.core.json;

/** What a bound keyword limits, with the keywords that bound it from below and above. */
enum JsonMeasure {
  NUMBER("minimum", "maximum"),
  LENGTH("minLength", "maxLength"),
  ITEMS("minItems", "maxItems"),
  PROPERTIES("minProperties", "maxProperties");

  private final String lowerKeyword;
  private final String upperKeyword;

  JsonMeasure(String lowerKeyword, String upperKeyword) {
    this.lowerKeyword = lowerKeyword;
    this.upperKeyword = upperKeyword;
  }

  public String lowerKeyword() {
    return lowerKeyword;
  }

  public String upperKeyword() {
    return upperKeyword;
  }
}
