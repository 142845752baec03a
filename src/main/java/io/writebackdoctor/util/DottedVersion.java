package io.writebackdoctor.util;

import java.util.Arrays;

/** A dotted version such as {@code 1.1.443.0}, compared number by number; missing parts count as 0. */
public final class DottedVersion implements Comparable<DottedVersion> {
    private final long[] parts;
    private final String text;

    private DottedVersion(String text, long[] parts) {
        this.text = text;
        this.parts = parts;
    }

    /** @throws IllegalArgumentException when the text is not digits separated by dots */
    public static DottedVersion parse(String text) {
        if (text == null || !text.trim().matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException("not a dotted version: " + text);
        }
        long[] parts = Arrays.stream(text.trim().split("\\.")).mapToLong(Long::parseLong).toArray();
        return new DottedVersion(text.trim(), parts);
    }

    @Override
    public int compareTo(DottedVersion other) {
        int n = Math.max(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            long a = i < parts.length ? parts[i] : 0;
            long b = i < other.parts.length ? other.parts[i] : 0;
            if (a != b) return Long.compare(a, b);
        }
        return 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DottedVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int n = parts.length;
        while (n > 0 && parts[n - 1] == 0) n--;
        return Arrays.hashCode(Arrays.copyOf(parts, n));
    }

    @Override
    public String toString() {
        return text;
    }
}
