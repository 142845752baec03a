package io.writebackdoctor.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/** A cited source: the document, the section of it, and where to read it. */
public record SourceRef(@JsonIgnore String key, String document, String section, String url) {

    // Written out, equals and hashCode are plain field comparisons; the generated ones go through
    // method handles, which cost measurably when every finding of every answer looks references up.

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SourceRef r && Objects.equals(key, r.key) && Objects.equals(document, r.document)
                && Objects.equals(section, r.section) && Objects.equals(url, r.url);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(key);
        h = 31 * h + Objects.hashCode(document);
        h = 31 * h + Objects.hashCode(section);
        return 31 * h + Objects.hashCode(url);
    }
}
