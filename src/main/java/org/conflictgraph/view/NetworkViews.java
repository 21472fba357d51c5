package org.conflictgraph.view;


import jakarta.inject.Singleton;
import org.conflictgraph.export.Network;
import org.conflictgraph.statement.Statement;
import org.conflictgraph.statement.StatementFilter;
import org.conflictgraph.system.CypherFiles;
import org.conflictgraph.system.GraphReads;
import org.conflictgraph.system.NotFoundException;
import org.conflictgraph.vocabulary.Vocabulary;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the web view's aggregated networks with {@code cypher/network/view.cypher} and {@code ties.cypher}. */
@Singleton
public final class NetworkViews {
    static final int TIES_PER_ACTOR = 4;
    static final int MIN_TIES = 200;

    private final GraphReads reads;
    private final Vocabulary vocabulary;
    private final LiveCache cache;
    private final int maxElements;
    private final int maxTies;

    NetworkViews(GraphReads reads, Vocabulary vocabulary, LiveCache cache,
                 @io.micronaut.context.annotation.Value("${conflictgraph.view.max-elements:2000}") int maxElements,
                 @io.micronaut.context.annotation.Value("${conflictgraph.view.max-ties:600}") int maxTies) {
        this.reads = reads;
        this.vocabulary = vocabulary;
        this.cache = cache;
        this.maxElements = maxElements;
        this.maxTies = maxTies;
    }

    /** What a view asks for: the top actors, the expanded ones with how many neighbours each, and added ones. */
    public record Request(int limit, List<String> expand, int neighbours, List<String> add) {}

    /**
     * The most central actors (by degree under the filter, its date aside), each expanded actor's neighbours that
     * share the most statements with it, the added actors, and the ties among them, cut to the element cap. With
     * {@code asOf}, that same cast as it stood on the day (see {@link ViewTimeline}): the actors with a statement
     * by then, their degree and the ties among them by then, so the time slider never changes who is drawn
     * except to leave out who is not there yet.
     *
     * @throws NotFoundException when an expanded or added actor is unknown
     */
    public NetworkView view(Request request, StatementFilter filter) {
        if (filter.asOf() == null) {
            return cast(request, undated(filter)).answer();
        }
        return timeline(request, filter).asOf(filter.asOf(), filter.mode());
    }

    /** Whether the view is kept for the live versions, so that answering it reads nothing but them. */
    boolean kept(Request request, StatementFilter filter) {
        return filter.asOf() == null ? cache.has(filter.datasets(), List.of("view", request, undated(filter)))
                : timelineKept(request, filter);
    }

    /** Whether the view's timeline is kept for the live versions: then every day of it is answered from memory. */
    boolean timelineKept(Request request, StatementFilter filter) {
        return cache.has(filter.datasets(), List.of("timeline", request, undated(filter)));
    }

    /**
     * The view's timeline under the filter's other parts: its cast and its statements' days, kept per live versions
     * like the views, so that every day of the slider is answered from memory once it is read.
     */
    ViewTimeline timeline(Request request, StatementFilter filter) {
        StatementFilter undated = undated(filter);
        return cache.get(undated.datasets(), List.of("timeline", request, undated), datasets -> readTimeline(request, undated));
    }

    /** The filter without its date: what chooses a view's cast ({@code mode} means nothing without a date). */
    private static StatementFilter undated(StatementFilter filter) {
        return new StatementFilter(null, "certain", filter.statuses(), filter.entityTypes(), filter.relationshipTypes(),
                filter.datasets());
    }

    private LiveCache.Read<NetworkView> cast(Request request, StatementFilter undated) {
        return cache.read(undated.datasets(), List.of("view", request, undated), datasets -> read(request, undated));
    }

    private LiveCache.Read<ViewTimeline> readTimeline(Request request, StatementFilter undated) {
        for (int attempt = 1; ; attempt++) {
            LiveCache.Read<NetworkView> cast = cast(request, undated);
            Map<String, Object> p = new HashMap<>(undated.parameters());
            p.put("members", cast.answer().nodes().stream().map(NetworkView.Node::id).toList());
            p.put("expansions", cast.answer().expansions().stream()
                    .map(e -> Map.of("actor", e.actor(), "neighbours", e.neighbours())).toList());
            p.put("families", vocabulary.familyOfType());
            GraphReads.Answer answer = reads.run(CypherFiles.read("network/view-timeline.cypher"), p, undated.datasets());
            // a load switched between the two reads: read the cast of the new versions (a few times at most)
            if (answer.loads().equals(cast.loads()) || attempt == 3) {
                return new LiveCache.Read<>(ViewTimeline.of(cast.answer(), answer.records().get(0), vocabulary.claimStatusNames()),
                        answer.loads());
            }
        }
    }

    /** Every day a statement starts or ends on, in order: the stops of the time slider (kept per live versions). */
    public List<String> dates() {
        return cache.get(List.of(), "dates", datasets -> {
            GraphReads.Answer answer = reads.run(CypherFiles.read("network/legend.cypher"), Map.of(), datasets);
            return new LiveCache.Read<>(answer.records().get(0).get("dates").asList(v -> v.asLocalDate().toString()),
                    answer.loads());
        });
    }

    private LiveCache.Read<NetworkView> read(Request request, StatementFilter filter) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("limit", request.limit());
        p.put("expand", request.expand());
        p.put("neighbours", request.neighbours());
        p.put("add", request.add());
        p.put("families", vocabulary.familyOfType());
        GraphReads.Answer answer = reads.run(CypherFiles.read("network/view.cypher"), p, filter.datasets());
        List<Record> rows = answer.records();
        if (rows.isEmpty()) {
            unknown(request.expand(), List.of());
            unknown(request.add(), List.of());
            return new LiveCache.Read<>(new NetworkView(List.of(), List.of(), List.of(), 0, 0, false, maxElements), answer.loads());
        }
        Record row = rows.get(0);
        List<NetworkView.Node> nodes = row.get("nodes").asList(v -> new NetworkView.Node(v.get("id").asString(),
                v.get("name").asString(null), v.get("type").asString(null), v.get("degree").asLong()));
        List<NetworkView.Expansion> expansions = row.get("expansions").asList(v -> new NetworkView.Expansion(
                v.get("actor").asString(), v.get("neighbours").asList(Value::asString), v.get("more").asLong()));
        List<String> ids = nodes.stream().map(NetworkView.Node::id).toList();
        unknown(request.expand(), expansions.stream().map(NetworkView.Expansion::actor).toList());
        unknown(request.add(), ids);
        return new LiveCache.Read<>(capped(nodes, row.get("ties").asList(this::tie), expansions, request), answer.loads());
    }

    /**
     * One page of the statements from {@code from} to {@code to} in {@code family}, in date order.
     *
     * @throws NotFoundException when either actor is unknown
     */
    public TiePage ties(String from, String to, String family, int offset, int limit, StatementFilter filter) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("from", from);
        p.put("to", to);
        p.put("family", family);
        p.put("families", vocabulary.familyOfType());
        p.put("offset", offset);
        p.put("limit", limit);
        Record row = reads.run(CypherFiles.read("network/ties.cypher"), p, filter.datasets()).records().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No entity with id \"" + from + "\" or \"" + to + "\""));
        return new TiePage(from, to, family, row.get("total").asLong(), offset, limit,
                row.get("statements").asList(Statement::from));
    }

    /**
     * Exactly what a view draws, as a network the export formats write: its actors, and every statement behind
     * its ties (each statement its own edge, as every export has it).
     */
    public Network drawn(NetworkView view, StatementFilter filter) {
        Map<String, Object> p = new HashMap<>(filter.parameters());
        p.put("members", view.nodes().stream().map(NetworkView.Node::id).toList());
        p.put("ties", view.ties().stream().map(NetworkView.Tie::id).toList());
        p.put("families", vocabulary.familyOfType());
        Record row = reads.run(CypherFiles.read("network/view-statements.cypher"), p, filter.datasets()).records().get(0);
        return new Network(row.get("nodes").asList(v -> new Network.Node(v.get("id").asString(), v.get("name").asString(null),
                        v.get("type").asString(null), v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString),
                        v.get("description").asString(null))),
                row.get("statements").asList(Statement::from));
    }

    private NetworkView.Tie tie(Value v) {
        // strongest first, as the vocabulary lists them, so every answer lists a tie's statuses in one order
        List<String> order = vocabulary.claimStatusNames();
        List<String> statuses = v.get("statuses").asList(Value::asString).stream()
                .sorted(Comparator.comparingInt((String s) -> order.contains(s) ? order.indexOf(s) : order.size())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        String strongest = statuses.isEmpty() ? null : statuses.get(0);
        String source = v.get("source").asString();
        String target = v.get("target").asString();
        String family = v.get("family").asString();
        return new NetworkView.Tie(source + ">" + target + ":" + family, source, target, family, v.get("count").asLong(),
                v.get("types").asList(Value::asString), statuses, strongest, statuses.contains("denied"));
    }

    /**
     * At most {@code maxElements} drawn elements: at most half of them actors (expanded and added actors
     * first, then by degree), then at most {@code maxTies} ties among the actors kept, and no more than
     * {@value #TIES_PER_ACTOR} per actor past the first {@value #MIN_TIES} (see {@link #strongest}): a few actors
     * of a big dataset can share thousands of ties, which no one reads.
     */
    private NetworkView capped(List<NetworkView.Node> nodes, List<NetworkView.Tie> ties,
                               List<NetworkView.Expansion> expansions, Request request) {
        boolean truncated = false;
        List<NetworkView.Node> kept = nodes;
        if (nodes.size() + ties.size() > maxElements && nodes.size() > maxElements / 2) {
            Set<String> first = new LinkedHashSet<>(request.expand());
            first.addAll(request.add());
            Map<String, NetworkView.Node> byId = new LinkedHashMap<>();
            nodes.stream().filter(n -> first.contains(n.id())).forEach(n -> byId.put(n.id(), n));
            nodes.forEach(n -> byId.putIfAbsent(n.id(), n));
            kept = new ArrayList<>(byId.values()).subList(0, maxElements / 2);
            truncated = true;
        }
        Set<String> keptIds = new HashSet<>(kept.stream().map(NetworkView.Node::id).toList());
        List<NetworkView.Tie> among = ties.stream()
                .filter(t -> keptIds.contains(t.source()) && keptIds.contains(t.target())).toList();
        int budget = Math.min(maxElements - kept.size(), Math.min(maxTies, Math.max(MIN_TIES, TIES_PER_ACTOR * kept.size())));
        List<NetworkView.Tie> drawn = among.size() <= budget ? among : strongest(among, budget, kept, expansions);
        long statements = drawn.stream().mapToLong(NetworkView.Tie::count).sum();
        return new NetworkView(List.copyOf(kept), drawn, expansions, statements, among.size() - drawn.size(),
                truncated || drawn.size() < ties.size(), maxElements);
    }

    /**
     * The {@code budget} ties to draw of {@code among} (strongest first), chosen so that the drawing reads and
     * lays out fast: first each expanded actor's ties to its drawn neighbours (what expanding asked for), then
     * the strongest ties that join actors not yet joined (a maximum spanning forest: every actor with a tie keeps
     * one, and the drawing stays in one piece wherever the whole is), then the strongest of the rest. In the
     * order of {@code among}.
     */
    static List<NetworkView.Tie> strongest(List<NetworkView.Tie> among, int budget, List<NetworkView.Node> nodes,
                                           List<NetworkView.Expansion> expansions) {
        Set<String> chosen = new HashSet<>();
        Set<String> asked = new HashSet<>();
        for (NetworkView.Expansion e : expansions) {
            e.neighbours().forEach(n -> {
                asked.add(e.actor() + ">" + n);
                asked.add(n + ">" + e.actor());
            });
        }
        for (NetworkView.Tie t : among) {
            if (chosen.size() < budget && asked.contains(t.source() + ">" + t.target())) {
                chosen.add(t.id());
            }
        }
        Map<String, Integer> index = new HashMap<>();
        nodes.forEach(n -> index.put(n.id(), index.size()));
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (NetworkView.Tie t : among) {
            if (chosen.contains(t.id())) {
                join(parent, index.get(t.source()), index.get(t.target()));
            }
        }
        for (NetworkView.Tie t : among) {
            if (chosen.size() < budget && join(parent, index.get(t.source()), index.get(t.target()))) {
                chosen.add(t.id());
            }
        }
        for (NetworkView.Tie t : among) {
            if (chosen.size() < budget) {
                chosen.add(t.id());
            }
        }
        return among.stream().filter(t -> chosen.contains(t.id())).toList();
    }

    /** Joins the parts of {@code a} and {@code b} (union-find); false when they were one part already. */
    private static boolean join(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra == rb) {
            return false;
        }
        parent[ra] = rb;
        return true;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void unknown(List<String> asked, List<String> found) {
        for (String id : asked) {
            if (!found.contains(id)) {
                throw new NotFoundException("No entity with id \"" + id + "\"");
            }
        }
    }
}
