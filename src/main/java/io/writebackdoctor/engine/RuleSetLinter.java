package io.writebackdoctor.engine;

import io.writebackdoctor.knowledge.CheckDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a compiled rule set for what the compiler cannot see: every check has a title, every
 * message key exists in every language with the same placeholders. (That every rule declares a
 * catalogued {@code @check} and a known {@code @source} is checked while loading.)
 */
final class RuleSetLinter {

    private RuleSetLinter() {
    }

    static List<RuleProblem> lint(CheckCatalog checks, Map<String, MessageCatalog> messages) {
        List<RuleProblem> problems = new ArrayList<>();
        MessageCatalog english = messages.get(RuleSet.DEFAULT_LANGUAGE);
        if (english == null) return problems;
        for (CheckDefinition c : checks.all()) {
            if (c.isLowConfidence() && c.severity() == io.writebackdoctor.knowledge.Severity.BLOCKER) {
                problems.add(new RuleProblem(CheckCatalog.FILE, 0, "check " + c.id() + " rests on a " + c.getConfidence()
                        + " source and must not be a BLOCKER"));
            }
            if (!english.has(c.id() + ".title")) {
                problems.add(new RuleProblem(file(english), 0, "check " + c.id() + " has no title (" + c.id() + ".title)"));
            }
        }
        Set<String> allKeys = new TreeSet<>();
        messages.values().forEach(m -> allKeys.addAll(m.keys()));
        for (MessageCatalog catalog : messages.values()) {
            for (String key : allKeys) {
                if (!catalog.has(key)) {
                    problems.add(new RuleProblem(file(catalog), 0, "missing key " + key + " (other languages have it)"));
                    continue;
                }
                Set<String> own = MessageCatalog.placeholders(catalog.raw(key));
                if (english.has(key) && catalog != english) {
                    Set<String> reference = MessageCatalog.placeholders(english.raw(key));
                    if (!own.equals(reference)) {
                        problems.add(new RuleProblem(file(catalog), 0, key + " uses placeholders " + own
                                + " but the English text uses " + reference));
                    }
                }
            }
        }
        return problems;
    }

    private static String file(MessageCatalog catalog) {
        return MessageCatalog.FOLDER + catalog.language() + ".properties";
    }
}
