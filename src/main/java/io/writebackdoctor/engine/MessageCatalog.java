package io.writebackdoctor.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
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

    MessageCatalog(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
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
        return texts.containsKey(key);
    }

    /** The text with placeholders filled; unknown placeholders stay visible rather than vanish. */
    public String format(String key, Map<String, String> params) {
        String text = texts.get(key);
        if (text == null) return null;
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A label, or the key itself so a missing text is noticed instead of crashing a report. */
    public String label(String key) {
        return texts.getOrDefault(key, key);
    }

    /** Numbered steps {@code base.fix.1}, {@code base.fix.2} … until one is missing. */
    public List<String> steps(String base, Map<String, String> params) {
        List<String> steps = new ArrayList<>();
        for (int i = 1; has(base + ".fix." + i); i++) steps.add(format(base + ".fix." + i, params));
        return steps;
    }

    /** The placeholder names used by a message, for comparing languages. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) names.add(m.group(1));
        return names;
    }
}
