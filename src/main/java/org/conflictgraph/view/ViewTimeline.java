package org.conflictgraph.view;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A view's cast with the dates of its statements, so that the view as of any day is worked out in memory: the time
 * slider's answer. The cast (the actors, ties and expansions of the view without a date) stays; as of a day an
 * actor without a statement by then is left out, its degree is its statements by then, and each tie counts,
 * types and styles only its statements by then. "By then" is the shared filter's: undated, or its end day
 * ({@code certain}) or start day ({@code possible}) on or before the day. Read by
 * {@code cypher/network/view-timeline.cypher}.
 * <p>
 * Days are epoch days in sorted {@code int} arrays, so a count as of a day is a binary search: the opening view at
 * a million statements (150 actors naming 555,000 statements) holds about 4 MB.
 */
final class ViewTimeline implements LiveCache.Sized {
    /** First day marks: present on every day (an undated statement), and on no day (no end day). */
    private static final int ALWAYS = Integer.MIN_VALUE;
    private static final int NEVER = Integer.MAX_VALUE;

    private final NetworkView cast;
    private final Map<String, Days> degrees;
    private final List<TieDays> ties;
    private final Days leftOut;
    private final Map<String, Days> others;
    private final List<String> statusOrder;

    private ViewTimeline(NetworkView cast, Map<String, Days> degrees, List<TieDays> ties, Days leftOut,
                         Map<String, Days> others, List<String> statusOrder) {
        this.cast = cast;
        this.degrees = degrees;
        this.ties = ties;
        this.leftOut = leftOut;
        this.others = others;
        this.statusOrder = statusOrder;
    }

    /**
     * Statements over time: how many are undated (they hold on every day), and the sorted start days and end
     * days of the dated ones (an end day without its start day never occurs; a missing end day is left out).
     */
    record Days(int undated, int[] starts, int[] ends) {
        /** How many hold as of {@code day}: undated, or starting ({@code possible}) or ending on or before it. */
        int asOf(int day, boolean possible) {
            return undated + upTo(possible ? starts : ends, day);
        }

        long bytes() {
            return 48 + 4L * (starts.length + ends.length);
        }
    }

    /** A tie of the cast with its statements' days, and the first day (possible, certain) of each type and status. */
    private record TieDays(NetworkView.Tie tie, Days days, Map<String, int[]> types, Map<String, int[]> statuses) {
        long bytes() {
            return 200 + days.bytes() + 64L * (types.size() + statuses.size());
        }
    }

    /**
     * Builds the timeline of {@code cast} from the one row of {@code view-timeline.cypher}. Ties that the cast
     * does not draw (weaker ones, left out) are not drawn on any day either, so a day never draws more than the
     * cast; only the first day each of them holds is kept, to count them.
     *
     * @param statusOrder the claim statuses, strongest first (the vocabulary's order)
     */
    static ViewTimeline of(NetworkView cast, Record row, List<String> statusOrder) {
        Map<String, Days> degrees = new HashMap<>();
        for (Value actor : row.get("actors").values()) {
            degrees.put(actor.get("id").asString(),
                    new Days(actor.get("undated").asInt(), days(actor.get("starts")), days(actor.get("ends"))));
        }
        Map<String, NetworkView.Tie> drawn = cast.ties().stream()
                .collect(Collectors.toMap(NetworkView.Tie::id, Function.identity()));
        Map<String, List<Value>> rowsOfTie = new LinkedHashMap<>();
        Map<String, int[]> leftOut = new HashMap<>();
        for (Value r : row.get("ties").values()) {
            String id = r.get("source").asString() + ">" + r.get("target").asString() + ":" + r.get("family").asString();
            if (drawn.containsKey(id)) {
                rowsOfTie.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
            } else {
                leftOut.merge(id, first(r.get("undated").asInt(), days(r.get("starts")), days(r.get("ends"))), ViewTimeline::earlier);
            }
        }
        List<TieDays> ties = new ArrayList<>();
        rowsOfTie.forEach((id, rows) -> ties.add(tieDays(drawn.get(id), rows)));
        Map<String, Days> others = new HashMap<>();
        for (Value expansion : row.get("others").values()) {
            others.put(expansion.get("actor").asString(), firstDays(expansion.get("others").asList(f -> f.get("undated").asBoolean()
                    ? new int[] {ALWAYS, ALWAYS} : new int[] {day(f.get("start")), day(f.get("end"))})));
        }
        return new ViewTimeline(cast, degrees, ties, firstDays(leftOut.values()), others, statusOrder);
    }

    /** The first day (possible, certain) statements hold: ALWAYS when one is undated, NEVER when none ever does. */
    private static int[] first(int undated, int[] starts, int[] ends) {
        return undated > 0 ? new int[] {ALWAYS, ALWAYS}
                : new int[] {starts.length > 0 ? starts[0] : NEVER, ends.length > 0 ? ends[0] : NEVER};
    }

    /** Counts over time of things that hold from their first day on. */
    private static Days firstDays(Collection<int[]> firsts) {
        int undated = (int) firsts.stream().filter(f -> f[0] == ALWAYS).count();
        int[] starts = firsts.stream().mapToInt(f -> f[0]).filter(d -> d != ALWAYS && d != NEVER).sorted().toArray();
        int[] ends = firsts.stream().mapToInt(f -> f[1]).filter(d -> d != ALWAYS && d != NEVER).sorted().toArray();
        return new Days(undated, starts, ends);
    }

    private static TieDays tieDays(NetworkView.Tie tie, List<Value> rows) {
        int undated = 0;
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        Map<String, int[]> types = new TreeMap<>();
        Map<String, int[]> statuses = new HashMap<>();
        for (Value r : rows) {
            int rowUndated = r.get("undated").asInt();
            int[] rowStarts = days(r.get("starts"));
            int[] rowEnds = days(r.get("ends"));
            undated += rowUndated;
            starts.add(rowStarts);
            ends.add(rowEnds);
            int[] first = first(rowUndated, rowStarts, rowEnds);
            types.merge(r.get("type").asString(), first, ViewTimeline::earlier);
            if (!r.get("status").isNull()) {
                statuses.merge(r.get("status").asString(), first, ViewTimeline::earlier);
            }
        }
        return new TieDays(tie, new Days(undated, merged(starts), merged(ends)), types, statuses);
    }

    /** The view as of {@code day} in {@code mode} ("certain" or "possible"): the cast, as it stood then. */
    NetworkView asOf(LocalDate day, String mode) {
        int d = (int) day.toEpochDay();
        boolean possible = "possible".equals(mode);
        List<NetworkView.Node> nodes = new ArrayList<>();
        for (NetworkView.Node n : cast.nodes()) {
            Days days = degrees.get(n.id());
            int degree = days == null ? 0 : days.asOf(d, possible);
            if (degree > 0) {
                nodes.add(new NetworkView.Node(n.id(), n.name(), n.type(), degree));
            }
        }
        nodes.sort(Comparator.comparingLong(NetworkView.Node::degree).reversed().thenComparing(NetworkView.Node::id));
        Set<String> present = nodes.stream().map(NetworkView.Node::id).collect(Collectors.toSet());
        List<NetworkView.Tie> drawn = new ArrayList<>();
        for (TieDays t : ties) {
            int count = t.days().asOf(d, possible);
            if (count > 0) {
                List<String> types = holding(t.types(), d, possible);
                List<String> statuses = holding(t.statuses(), d, possible);
                statuses.sort(Comparator.comparingInt(this::rank).thenComparing(Comparator.naturalOrder()));
                NetworkView.Tie tie = t.tie();
                drawn.add(new NetworkView.Tie(tie.id(), tie.source(), tie.target(), tie.family(), count, types, statuses,
                        statuses.isEmpty() ? null : statuses.get(0), statuses.contains("denied")));
            }
        }
        drawn.sort(Comparator.comparingLong(NetworkView.Tie::count).reversed().thenComparing(NetworkView.Tie::source)
                .thenComparing(NetworkView.Tie::target).thenComparing(NetworkView.Tie::family));
        List<NetworkView.Expansion> expansions = cast.expansions().stream()
                .map(e -> new NetworkView.Expansion(e.actor(), e.neighbours().stream().filter(present::contains).toList(),
                        others.containsKey(e.actor()) ? others.get(e.actor()).asOf(d, possible) : 0))
                .toList();
        long statements = drawn.stream().mapToLong(NetworkView.Tie::count).sum();
        return new NetworkView(List.copyOf(nodes), List.copyOf(drawn), expansions, statements, leftOut.asOf(d, possible),
                cast.truncated(), cast.maxElements());
    }

    /** The cast: the view without a date. */
    NetworkView cast() {
        return cast;
    }

    @Override
    public long bytes() {
        long bytes = 64L * cast.nodes().size() + 256L * cast.ties().size();
        for (Days days : degrees.values()) {
            bytes += 64 + days.bytes();
        }
        for (TieDays t : ties) {
            bytes += t.bytes();
        }
        bytes += leftOut.bytes();
        for (Days days : others.values()) {
            bytes += 64 + days.bytes();
        }
        return bytes;
    }

    private int rank(String status) {
        int i = statusOrder.indexOf(status);
        return i < 0 ? statusOrder.size() : i;
    }

    private static List<String> holding(Map<String, int[]> firsts, int day, boolean possible) {
        List<String> names = new ArrayList<>();
        firsts.forEach((name, first) -> {
            if ((possible ? first[0] : first[1]) <= day) {
                names.add(name);
            }
        });
        return names;
    }

    private static int[] earlier(int[] a, int[] b) {
        return new int[] {Math.min(a[0], b[0]), Math.min(a[1], b[1])};
    }

    /** How many of the sorted {@code days} are on or before {@code day}. */
    static int upTo(int[] days, int day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (days[mid] <= day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int[] days(Value dates) {
        int[] days = new int[dates.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = (int) dates.get(i).asLocalDate().toEpochDay();
        }
        Arrays.sort(days);
        return days;
    }

    private static int day(Value date) {
        return date.isNull() ? NEVER : (int) date.asLocalDate().toEpochDay();
    }

    private static int[] merged(List<int[]> parts) {
        int[] all = parts.stream().flatMapToInt(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }
}
