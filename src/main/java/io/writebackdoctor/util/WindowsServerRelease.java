package io.writebackdoctor.util;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Windows Server release read from an operating-system caption such as
 * "Windows Server 2012 R2 Datacenter" or "Microsoft® Windows Server® 2008 Standard". Releases order by year, an R2 after its base year.
 */
public record WindowsServerRelease(int year, boolean r2) implements Comparable<WindowsServerRelease> {

    private static final Pattern CAPTION = Pattern.compile("(?i)windows\\s+server\\s*(?:®|\\(r\\))?\\s*(\\d{4})(\\s+r2)?\\b");

    /** The release named in the caption, or null when the caption names none. */
    public static WindowsServerRelease parse(String caption) {
        if (caption == null) return null;
        Matcher m = CAPTION.matcher(caption);
        return m.find() ? new WindowsServerRelease(Integer.parseInt(m.group(1)), m.group(2) != null) : null;
    }

    @Override
    public int compareTo(WindowsServerRelease o) {
        return year != o.year ? Integer.compare(year, o.year) : Boolean.compare(r2, o.r2);
    }

    @Override
    public String toString() {
        return "Windows Server " + year + (r2 ? " R2" : "");
    }
}
