package io.writebackdoctor.util;

import java.util.Arrays;

/** A dotted version such as {@code 1.1.443.0}, compared number by number; missing parts count as 0. */
public final class DottedVersion implements Comparable<DottedVersion> {
    /** The numbers without leading zeros, as text: any length compares correctly, none overflows. */
    private final String[] parts;
    private final String text;

    private DottedVersion(String text, String[] parts) {
        this.text = text;
        this.parts = parts;
    }

    /** @throws IllegalArgumentException when the text is not digits separated by dots */
    public static DottedVersion parse(String text) {
        if (text == null || !text.trim().matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException("not a dotted version: " + text);
        }
        String[] parts = Arrays.stream(text.trim().split("\\.")).map(DottedVersion::stripZeros).toArray(String[]::new);
        return new DottedVersion(text.trim(), parts);
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

    private static String stripZeros(String number) {
        String stripped = number.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
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
