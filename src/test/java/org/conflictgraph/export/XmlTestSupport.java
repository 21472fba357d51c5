package org.conflictgraph.export;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes an export to bytes and reads XML back, namespace-aware, for the exporters' tests. */
final class XmlTestSupport {
    private XmlTestSupport() {}

    static byte[] bytes(NetworkExport export, Network network) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(network, out);
        return out.toByteArray();
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    static List<Element> elements(Document doc, String namespace, String name) {
        NodeList list = doc.getElementsByTagNameNS(namespace, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static Element byId(List<Element> elements, String id) {
        return elements.stream().filter(e -> e.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    /** An element's attribute values by their declared titles/names ({@code keys}: id to name). */
    static Map<String, String> values(Element element, String namespace, String child, String keyAttribute,
                                      String valueAttribute, Map<String, String> keys) {
        Map<String, String> values = new HashMap<>();
        NodeList list = element.getElementsByTagNameNS(namespace, child);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            String value = valueAttribute == null ? e.getTextContent() : e.getAttribute(valueAttribute);
            values.put(keys.get(e.getAttribute(keyAttribute)), value);
        }
        return values;
    }
}
