package io.writebackdoctor.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts users read, in one language: {@code rules/messages/<lang>.properties}. Keys:
 * <ul>
 *   <li>{@code CHECK.title}</li>
 *   <li>{@code CHECK.STATUS} or {@code CHECK.STATUS.variant}: the explanation</li>
 *   <li>{@code CHECK.STATUS[.variant].fix.1}, {@code .fix.2} …: remediation steps</li>
 *   <li>{@code default.STATUS}: the explanation when a check has none for that status</li>
 *   <li>{@code section.*}, {@code status.*}, {@code label.*}: report wording</li>
 * </ul>
 * Placeholders are {@code {name}}, filled from the decision's {@code with(name, value)}.
 */
public final class MessageCatalog {

    public static final String FOLDER = "messages/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String language;
    private final Map<String, String> texts;
    /** Every text split once at load into literal and placeholder parts: formatting is then a join. */
    private final Map<String, Template> templates = new HashMap<>();
    /** The remediation keys of a message base ({@code base.fix.1} …), found on first use. */
    private final Map<String, List<String>> stepKeys = new ConcurrentHashMap<>();
    /** Per check: its title and the key of its UNKNOWN text, found on first use. */
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final Map<String, String> unknownKeys = new ConcurrentHashMap<>();

    MessageCatalog(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = new TreeMap<>(texts);
        texts.forEach((key, text) -> templates.put(key, Template.of(text)));
    }

    static MessageCatalog parse(String language, String file, String content, List<RuleProblem> problems) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(content));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem(file, 0, "not a valid properties file: " + e.getMessage()));
        }
        Map<String, String> texts = new TreeMap<>();
        props.forEach((k, v) -> texts.put(k.toString(), v.toString().trim()));
        return new MessageCatalog(language, texts);
    }

    public String language() {
        return language;
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    public String raw(String key) {
        return texts.get(key);
    }

    public boolean has(String key) {
        return templates.containsKey(key);
    }

    /** The text with placeholders filled; unknown placeholders stay visible rather than vanish. */
    public String format(String key, Map<String, String> params) {
        Template template = templates.get(key);
        return template == null ? null : template.fill(params);
    }

    private List<String> stepKeys(String base) {
        return stepKeys.computeIfAbsent(base, b -> {
            List<String> found = new ArrayList<>();
            for (int i = 1; has(b + ".fix." + i); i++) found.add(b + ".fix." + i);
            return List.copyOf(found);
        });
    }

    /** A check's title, or its identifier when the catalog has none. */
    public String title(String check) {
        return titles.computeIfAbsent(check, c -> texts.getOrDefault(c + ".title", c));
    }

    /**
     * The text for a check no rule decided: the check's own UNKNOWN text when the engine can fill
     * it in (it needs nothing but {@code {missing}}; a text that needs values only a rule gives, such
     * as {@code {account}}, cannot serve), else {@code default.UNKNOWN}.
     */
    public String unknownKey(String check) {
        return unknownKeys.computeIfAbsent(check, c -> {
            String base = c + ".UNKNOWN";
            if (!has(base)) return "default.UNKNOWN";
            Set<String> needed = new java.util.HashSet<>(placeholdersOf(base));
            for (String step : stepKeys(base)) needed.addAll(placeholdersOf(step));
            needed.remove("missing");
            return needed.isEmpty() ? base : "default.UNKNOWN";
        });
    }

    /** The placeholder names a text uses, from its parsed form; empty for an unknown key. */
    public Set<String> placeholdersOf(String key) {
        Template template = templates.get(key);
        if (template == null) return Set.of();
        Set<String> names = new java.util.HashSet<>();
        for (int i = 1; i < template.parts().length; i += 2) names.add(template.parts()[i]);
        return names;
    }

    /** A label, or the key itself so a missing text is noticed instead of crashing a report. */
    public String label(String key) {
        return texts.getOrDefault(key, key);
    }

    /** Numbered steps {@code base.fix.1}, {@code base.fix.2} … until one is missing. */
    public List<String> steps(String base, Map<String, String> params) {
        List<String> keys = stepKeys(base);
        List<String> steps = new ArrayList<>(keys.size());
        for (String key : keys) steps.add(format(key, params));
        return steps;
    }

    /** The placeholder names used by a message, for comparing languages. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** A text as alternating parts: even indexes literal, odd indexes placeholder names. */
    private record Template(String[] parts) {
        static Template of(String text) {
            List<String> parts = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            int end = 0;
            while (m.find()) {
                parts.add(text.substring(end, m.start()));
                parts.add(m.group(1));
                end = m.end();
            }
            parts.add(text.substring(end));
            return new Template(parts.toArray(String[]::new));
        }

        String fill(Map<String, String> params) {
            if (parts.length == 1) return parts[0];
            StringBuilder out = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i += 2) {
                String value = params.get(parts[i]);
                out.append(value != null ? value : "{" + parts[i] + "}").append(parts[i + 1]);
            }
            return out.toString();
        }
    }
}
