package org.conflictgraph.load;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The merged view of a shared actor, from the declarations of the datasets that declare it, first-declared
 * first: type, name and description come from the dataset that declared it first; aliases add up (every other
 * name and every alias, each once); {@code datasets} lists who declares it.
 */
final class EntityView {
    private EntityView() {}

    /** The view of declarations {@code {dataset, type, name, aliases, description}}, the first one first. */
    static Map<String, Object> of(List<Map<String, Object>> declarations) {
        Map<String, Object> first = declarations.get(0);
        String name = (String) first.get("name");
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> datasets = new LinkedHashSet<>();
        for (Map<String, Object> d : declarations) {
            aliases.add((String) d.get("name"));
            for (Object alias : (List<?>) d.get("aliases")) {
                aliases.add((String) alias);
            }
            datasets.add((String) d.get("dataset"));
        }
        aliases.remove(name);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", first.get("type"));
        view.put("name", name);
        view.put("aliases", new ArrayList<>(aliases));
        view.put("description", first.get("description"));
        view.put("datasets", new ArrayList<>(datasets));
        view.put("searchText", SearchText.of(name, new ArrayList<>(aliases)));
        return view;
    }

    /** Whether the actor's current view (columns type, name, aliases, description, datasets, searchText) is {@code view}. */
    static boolean same(Map<String, Object> view, Record current) {
        for (String key : view.keySet()) {
            Value v = current.get(key);
            Object now = v.isNull() ? null : v.asObject();
            if (!Objects.equals(view.get(key), now)) {
                return false;
            }
        }
        return true;
    }
}
