package io.writebackdoctor.report;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A cited source: the document, the section of it, and where to read it. */
public record SourceRef(@JsonIgnore String key, String document, String section, String url) {
}
