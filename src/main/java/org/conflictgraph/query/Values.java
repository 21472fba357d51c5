package org.conflictgraph.query;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns driver values into plain JSON-ready Java: maps, lists, strings, numbers, booleans, null. */
final class Values {
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private Values() {}

    static Object plain(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.hasType(TYPES.LIST())) {
            List<Object> list = new ArrayList<>();
            v.values().forEach(x -> list.add(plain(x)));
            return list;
        }
        if (v.hasType(TYPES.MAP()) || v.hasType(TYPES.NODE()) || v.hasType(TYPES.RELATIONSHIP())) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (v.hasType(TYPES.RELATIONSHIP())) {
                map.put("type", v.asRelationship().type());
            }
            v.keys().forEach(k -> map.put(k, plain(v.get(k))));
            return map;
        }
        if (v.hasType(TYPES.PATH())) {
            List<Object> nodes = new ArrayList<>();
            v.asPath().nodes().forEach(n -> nodes.add(plain(org.neo4j.driver.Values.value(n.asMap()))));
            return nodes;
        }
        Object o = v.asObject();
        return o instanceof Temporal ? o.toString() : o;
    }

    static Object plain(Object o) {
        return o instanceof Temporal ? o.toString() : o;
    }
}
