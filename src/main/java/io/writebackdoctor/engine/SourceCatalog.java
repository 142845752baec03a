package io.writebackdoctor.engine;

import io.writebackdoctor.report.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code rules/sources.json}: the documents rules cite, by key. A rule cites
 * {@code @source("KEY: section")}; several citations are separated by {@code ;}.
 */
public final class SourceCatalog {

    public static final String FILE = "sources.json";

    record Document(String document, String url) {
    }

    private final Map<String, Document> documents;

    private SourceCatalog(Map<String, Document> documents) {
        this.documents = documents;
    }

    @SuppressWarnings("unchecked")
    static SourceCatalog read(RuleFiles files, List<RuleProblem> problems) {
        record Content(Map<String, Document> documents) {
        }
        Content content = CatalogReader.read(files, FILE, Content.class, problems);
        return new SourceCatalog(content == null || content.documents() == null ? Map.of() : new TreeMap<>(content.documents()));
    }

    /** The citation resolved to a document, or null when its key is unknown. */
    public SourceRef resolve(String citation) {
        int colon = citation.indexOf(':');
        String key = (colon < 0 ? citation : citation.substring(0, colon)).trim();
        String section = colon < 0 ? null : citation.substring(colon + 1).trim();
        Document doc = documents.get(key);
        return doc == null ? null : new SourceRef(key, doc.document(), section, doc.url());
    }
}
