package io.writebackdoctor.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A dotted version such as {@code 1.1.443.0}, compared number by number; missing parts count as 0. */
public final class DottedVersion implements Comparable<DottedVersion> {
    /** The numbers without leading zeros, as text: any length compares correctly, none overflows. */
    private final String[] parts;
    private final String text;

    private DottedVersion(String text, String[] parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * Scans the text by hand: rules call this on every evaluation of a version constraint, and a
     * regular expression per call was a measurable part of a diagnosis.
     *
     * @throws IllegalArgumentException when the text is not digits separated by dots
     */
    public static DottedVersion parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= trimmed.length(); i++) {
            if (i < trimmed.length() && trimmed.charAt(i) >= '0' && trimmed.charAt(i) <= '9') continue;
            boolean endOfNumber = i == trimmed.length() || trimmed.charAt(i) == '.';
            if (!endOfNumber || i == start) throw new IllegalArgumentException("not a dotted version: " + text);
            parts.add(withoutLeadingZeros(trimmed.substring(start, i)));
            start = i + 1;
        }
        return new DottedVersion(trimmed, parts.toArray(String[]::new));
    }

    @Override
    public int compareTo(DottedVersion other) {
        int n = Math.max(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            String a = i < parts.length ? parts[i] : "0";
            String b = i < other.parts.length ? other.parts[i] : "0";
            int c = a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
            if (c != 0) return c;
        }
        return 0;
    }

    private static String withoutLeadingZeros(String number) {
        int first = 0;
        while (first < number.length() - 1 && number.charAt(first) == '0') first++;
        return number.substring(first);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DottedVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int n = parts.length;
        while (n > 0 && parts[n - 1].equals("0")) n--;
        return Arrays.hashCode(Arrays.copyOf(parts, n));
    }

    @Override
    public String toString() {
        return text;
    }
}
