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

    /** Further catalogs by area, read after checks.json in file-name order: {@code checks/<area>.json}. */
    public static final String FOLDER = "checks/";

    /** The sections of the report, in order: the article's three, then the rest. */
    public static final List<String> SECTIONS = List.of("configuration", "connectivity", "stillFailing", "beyondArticle");

    private final Map<String, CheckDefinition> byId = new LinkedHashMap<>();
    private final List<CheckDefinition> inReportOrder;

    record Content(List<CheckDefinition> checks) {
    }

    CheckCatalog(List<CheckDefinition> checks) {
        // report order: by section, then as listed in the file
        checks.stream().sorted(java.util.Comparator.comparingInt(c -> sectionIndex(c.section())))
                .forEach(c -> byId.put(c.id(), c));
        inReportOrder = List.copyOf(byId.values());
    }

    private static int sectionIndex(String section) {
        int i = SECTIONS.indexOf(section);
        return i < 0 ? SECTIONS.size() : i;
    }

    static CheckCatalog read(RuleFiles files, List<RuleProblem> problems) {
        List<CheckDefinition> all = new java.util.ArrayList<>(readFile(files, FILE, problems));
        files.withSuffix(".json").keySet().stream().filter(n -> n.startsWith(FOLDER) && n.indexOf('/', FOLDER.length()) < 0)
                .forEach(n -> all.addAll(readFile(files, n, problems)));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CheckDefinition c : all) {
            if (!seen.add(c.id())) problems.add(new RuleProblem(FILE, 0, "check " + c.id() + " is defined twice"));
        }
        return new CheckCatalog(all);
    }

    private static List<CheckDefinition> readFile(RuleFiles files, String file, List<RuleProblem> problems) {
        Content content = CatalogReader.read(files, file, Content.class, problems);
        if (content == null || content.checks() == null) return List.of();
        for (CheckDefinition c : content.checks()) {
            if (c.id() == null || !c.id().matches("[A-Z][A-Z0-9_]*")) {
                problems.add(new RuleProblem(file, 0, "check id must be UPPER_SNAKE_CASE: " + c.id()));
            }
            if (!SECTIONS.contains(c.section())) {
                problems.add(new RuleProblem(file, 0, c.id() + ": section must be one of " + SECTIONS + ", found " + c.section()));
            }
            if (c.severity() == null) {
                problems.add(new RuleProblem(file, 0, c.id() + ": severity is missing"));
            }
            for (String pointer : c.reads()) {
                if (!pointer.startsWith("/")) {
                    problems.add(new RuleProblem(file, 0, c.id() + ": reads must be JSON Pointers, found " + pointer));
                }
            }
        }
        return content.checks();
    }

    /** All checks in report order. */
    public List<CheckDefinition> all() {
        return inReportOrder;
    }

    public CheckDefinition get(String id) {
        return byId.get(id);
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }
}
