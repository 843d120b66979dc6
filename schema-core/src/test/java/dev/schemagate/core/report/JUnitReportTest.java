package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {
  private final Element suite = parse(JUnitReport.of(Reports.check()));

  private static Element parse(String xml) {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + xml, e);
    }
  }

  private Element testcase(int index) {
    return (Element) suite.getElementsByTagName("testcase").item(index);
  }

  @Test
  void the_suite_counts_subjects_failures_and_skipped_ones() {
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("schemagate.check");
    assertThat(suite.getAttribute("tests")).isEqualTo("5");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
  }

  @Test
  void each_subject_is_a_test_case_and_a_failing_one_carries_its_lines() {
    assertThat(testcase(0).getAttribute("name")).isEqualTo("Money");
    assertThat(testcase(0).getAttribute("classname")).isEqualTo("schemagate.check");
    assertThat(testcase(0).getElementsByTagName("failure").getLength()).isZero();

    NodeList failures = testcase(1).getElementsByTagName("failure");
    Element failure = (Element) failures.item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("incompatible with version 2 at FULL_TRANSITIVE, 1 problem");
    assertThat(failure.getAttribute("type")).isEqualTo("INCOMPATIBLE");
    assertThat(failure.getTextContent()).contains(Reports.MISSING_DEFAULT.describe()).contains("    witness: {\"orderId\":\"o-1\"}");
  }

  @Test
  void a_subject_at_level_none_is_skipped() {
    assertThat(testcase(4).getElementsByTagName("skipped").getLength()).isEqualTo(1);
  }
}
