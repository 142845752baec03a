package io.writebackdoctor.engine;

import io.writebackdoctor.knowledge.CheckDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rules/checks.json}: every check the knowledge base reports, in report order (the article's
 * sections first), with the facts each one reads.
 */
public final class CheckCatalog {

    public static final String FILE = "checks.json";

    /** The sections of the report, in order: the article's three, then the rest. */
    public static final List<String> SECTIONS = List.of("configuration", "connectivity", "stillFailing", "beyondArticle");

    private final Map<String, CheckDefinition> byId = new LinkedHashMap<>();

    record Content(List<CheckDefinition> checks) {
    }

    CheckCatalog(List<CheckDefinition> checks) {
        // report order: by section, then as listed in the file
        checks.stream().sorted(java.util.Comparator.comparingInt(c -> sectionIndex(c.section())))
                .forEach(c -> byId.put(c.id(), c));
    }

    private static int sectionIndex(String section) {
        int i = SECTIONS.indexOf(section);
        return i < 0 ? SECTIONS.size() : i;
    }

    static CheckCatalog read(RuleFiles files, List<RuleProblem> problems) {
        Content content = CatalogReader.read(files, FILE, Content.class, problems);
        if (content == null || content.checks() == null) return new CheckCatalog(List.of());
        for (CheckDefinition c : content.checks()) {
            if (c.id() == null || !c.id().matches("[A-Z][A-Z0-9_]*")) {
                problems.add(new RuleProblem(FILE, 0, "check id must be UPPER_SNAKE_CASE: " + c.id()));
            }
            if (!SECTIONS.contains(c.section())) {
                problems.add(new RuleProblem(FILE, 0, c.id() + ": section must be one of " + SECTIONS + ", found " + c.section()));
            }
            if (c.severity() == null) {
                problems.add(new RuleProblem(FILE, 0, c.id() + ": severity is missing"));
            }
            for (String pointer : c.reads()) {
                if (!pointer.startsWith("/")) {
                    problems.add(new RuleProblem(FILE, 0, c.id() + ": reads must be JSON Pointers, found " + pointer));
                }
            }
        }
        long distinct = content.checks().stream().map(CheckDefinition::id).distinct().count();
        if (distinct != content.checks().size()) problems.add(new RuleProblem(FILE, 0, "a check id appears twice"));
        return new CheckCatalog(content.checks());
    }

    /** All checks in report order. */
    public List<CheckDefinition> all() {
        return List.copyOf(byId.values());
    }

    public CheckDefinition get(String id) {
        return byId.get(id);
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }
}
