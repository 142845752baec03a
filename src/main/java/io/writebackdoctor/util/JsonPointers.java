package io.writebackdoctor.util;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** JSON Pointer patterns: a pointer whose segments may be {@code *}, meaning any array item or key. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** True when at least one non-null value in the document matches the pattern. */
    public static boolean present(JsonNode root, String pattern) {
        if (pattern.isEmpty()) return root != null && !root.isNull() && !root.isMissingNode();
        return present(root, SEGMENTS.computeIfAbsent(pattern, JsonPointers::segments), 0);
    }

    /** Pointers in the order of the document: segment by segment, array indexes as numbers (2 before 10). */
    public static final Comparator<String> IN_DOCUMENT_ORDER = (a, b) -> {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = isIndex(x[i]) && isIndex(y[i]) ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    };

    /**
     * The value at a plain JSON Pointer (no wildcards), or a missing node. Compiled pointers are kept:
     * they name places in facts documents, few and repeated; the cache stops growing at a bound.
     */
    public static JsonNode valueAt(JsonNode root, String pointer) {
        JsonPointer compiled = COMPILED.get(pointer);
        if (compiled == null) {
            compiled = JsonPointer.compile(pointer);
            if (COMPILED.size() < MAX_COMPILED) COMPILED.put(pointer, compiled);
        }
        return root.at(compiled);
    }

    private static final int MAX_COMPILED = 10_000;
    private static final Map<String, JsonPointer> COMPILED = new ConcurrentHashMap<>();

    /** Patterns come from the check catalogs, a bounded set: each is split once. */
    private static final Map<String, String[]> SEGMENTS = new ConcurrentHashMap<>();

    private static String[] segments(String pattern) {
        String[] segments = pattern.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) segments[i] = segments[i].replace("~1", "/").replace("~0", "~");
        return segments;
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty()) return false;
        if (segment.length() > 9) return false; // no array has that many items; parseInt stays in range
        for (int i = 0; i < segment.length(); i++) if (segment.charAt(i) < '0' || segment.charAt(i) > '9') return false;
        return true;
    }

    private static boolean present(JsonNode node, String[] segments, int i) {
        if (node == null || node.isMissingNode() || node.isNull()) return false;
        if (i == segments.length) return true;
        String segment = segments[i];
        if ("*".equals(segment)) {
            Iterator<JsonNode> children = node.elements();
            while (children.hasNext()) {
                if (present(children.next(), segments, i + 1)) return true;
            }
            return false;
        }
        JsonNode child = node.isArray() && isIndex(segment) ? node.get(Integer.parseInt(segment)) : node.get(segment);
        return present(child, segments, i + 1);
    }
}
