package io.writebackdoctor.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last thing built from a group of rule files, handed out again while those files are byte for
 * byte the same: saving one DRL file need not re-read the catalogs, and saving a catalog need not
 * recompile the DRL. Only immutable, thread-safe results may be kept, since consecutive rule sets
 * share them.
 */
final class LastBuild<T> {

    private record Entry<T>(Map<String, byte[]> inputs, T value) {
    }

    private volatile Entry<T> last;

    /** The value built from exactly these files last time, else a new one (remembered unless null). */
    T reuseOrBuild(Map<String, byte[]> inputs, Supplier<T> build) {
        Entry<T> previous = last;
        if (previous != null && sameBytes(previous.inputs(), inputs)) return previous.value();
        T value = build.get();
        if (value != null) last = new Entry<>(Map.copyOf(inputs), value);
        return value;
    }

    static boolean sameBytes(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) return false;
        return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
