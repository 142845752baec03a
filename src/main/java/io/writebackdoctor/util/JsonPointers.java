package io.writebackdoctor.util;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/** JSON Pointer patterns: a pointer whose segments may be {@code *}, meaning any array item or key. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** True when at least one non-null value in the document matches the pattern. */
    public static boolean present(JsonNode root, String pattern) {
        if (pattern.isEmpty()) return root != null && !root.isNull() && !root.isMissingNode();
        String[] segments = pattern.substring(1).split("/", -1);
        return present(root, segments, 0);
    }

    private static boolean present(JsonNode node, String[] segments, int i) {
        if (node == null || node.isMissingNode() || node.isNull()) return false;
        if (i == segments.length) return true;
        String segment = segments[i].replace("~1", "/").replace("~0", "~");
        if ("*".equals(segment)) {
            Iterator<JsonNode> children = node.elements();
            while (children.hasNext()) {
                if (present(children.next(), segments, i + 1)) return true;
            }
            return false;
        }
        JsonNode child = node.isArray() && segment.matches("\\d+") ? node.get(Integer.parseInt(segment)) : node.get(segment);
        return present(child, segments, i + 1);
    }
}
