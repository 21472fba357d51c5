package org.conflictgraph.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A StAX writer that indents by four spaces, one element a line, the layout JGraphT's exporters gave the
 * GraphML and GEXF files before they streamed. Escaping is StAX's. XML errors become {@link IOException}s.
 */
final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements yet (then its end tag goes on its own line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private XmlOut(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static XmlOut open(OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            return new XmlOut(xml);
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write XML: " + e.getMessage(), e);
        }
    }

    /** The document element, with its default namespace and an {@code xsi:schemaLocation}. */
    XmlOut root(String name, String namespace, String schemaLocation) throws IOException {
        try {
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    namespace + " " + schemaLocation);
            open.push(new boolean[] {false});
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut start(String name) throws IOException {
        try {
            newLine();
            xml.writeStartElement(name);
            open.push(new boolean[] {false});
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An attribute of the element just started; null or absent values are left out. */
    XmlOut attribute(String name, String value) throws IOException {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element with text only, and attributes as name, value pairs; an empty text is an empty element. */
    XmlOut text(String name, String text, String... attributes) throws IOException {
        try {
            newLine();
            boolean empty = text == null || text.isEmpty();
            if (empty) {
                xml.writeEmptyElement(name);
            } else {
                xml.writeStartElement(name);
            }
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
            if (!empty) {
                xml.writeCharacters(text);
                xml.writeEndElement();
            }
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An empty element; attributes follow with {@link #attribute}. */
    XmlOut empty(String name) throws IOException {
        try {
            newLine();
            xml.writeEmptyElement(name);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut end() throws IOException {
        try {
            boolean hasChildren = open.pop()[0];
            if (hasChildren) {
                xml.writeCharacters("\n" + "    ".repeat(open.size()));
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Ends the document (every open element) and flushes; the stream under it stays open. */
    void finish() throws IOException {
        while (!open.isEmpty()) {
            end();
        }
        try {
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Sends what is written so far on, so a file's opening leaves before the network's first row arrives. */
    void flush() throws IOException {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        xml.writeCharacters("\n" + "    ".repeat(open.size()));
    }

    private static IOException failed(XMLStreamException e) {
        return new IOException("Cannot write XML: " + e.getMessage(), e);
    }
}
