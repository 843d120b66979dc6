package dev.schemagate.core.report;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The JUnit XML report CI servers read: one test case per subject, failing subjects as failures. */
public final class JUnitReport {
  private JUnitReport() {}

  public static String of(GateReport report) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      String suite = "schemagate." + report.goal();
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", suite);
      xml.writeAttribute("tests", Integer.toString(report.results().size()));
      xml.writeAttribute("failures", Integer.toString(report.failures().size()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(report.results().stream().filter(r -> r.outcome() == Outcome.NOT_CHECKED).count()));
      xml.writeAttribute("time", "0");
      for (SubjectResult result : report.results()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", suite);
        xml.writeAttribute("name", result.subject());
        xml.writeAttribute("file", result.file());
        xml.writeAttribute("time", "0");
        if (result.outcome().isFailure()) {
          xml.writeStartElement("failure");
          xml.writeAttribute("message", ConsoleReport.summary(result));
          xml.writeAttribute("type", result.outcome().name());
          StringBuilder body = new StringBuilder();
          for (ConsoleReport.Line line : ConsoleReport.lines(new GateReport(report.goal(), report.against(), java.util.List.of(result)))) {
            body.append(line.text()).append('\n');
          }
          xml.writeCharacters(body.toString());
          xml.writeEndElement();
        } else if (result.outcome() == Outcome.NOT_CHECKED) {
          xml.writeEmptyElement("skipped");
          xml.writeAttribute("message", ConsoleReport.summary(result));
        } else {
          xml.writeStartElement("system-out");
          xml.writeCharacters(ConsoleReport.summary(result));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the JUnit report could not be written", e);
    }
    return text.toString();
  }
}
