package io.writebackdoctor.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message catalogs of rules/messages/ read straight from disk: every language has every key
 * another has, with the same placeholders, and none is left in English by mistake.
 */
class MessageCatalogsTest {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    static Map<String, Properties> catalogs = new TreeMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.list(TestRules.RULES.resolve("messages"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                // messages/<lang>.properties and messages/<area>.<lang>.properties merge into one language
                String base = p.getFileName().toString().replace(".properties", "");
                String language = base.substring(base.lastIndexOf('.') + 1);
                Properties props = catalogs.computeIfAbsent(language, l -> new Properties());
                props.load(new StringReader(Files.readString(p)));
            }
        }
    }

    @Test
    void englishHungarianAndSwedishAreThere() {
        assertTrue(catalogs.keySet().containsAll(List.of("en", "hu", "sv")), catalogs.keySet().toString());
    }

    @Test
    void everyCatalogHasEveryKeyAnotherHas() {
        Set<String> all = new TreeSet<>();
        catalogs.values().forEach(p -> p.stringPropertyNames().forEach(all::add));
        List<String> missing = new ArrayList<>();
        catalogs.forEach((lang, p) -> all.stream().filter(k -> !p.containsKey(k)).forEach(k -> missing.add(lang + ": " + k)));
        assertEquals(List.of(), missing);
    }

    @Test
    void everyMessageUsesTheSamePlaceholdersInEveryLanguage() {
        Properties english = catalogs.get("en");
        List<String> differing = new ArrayList<>();
        catalogs.forEach((lang, p) -> {
            for (String key : english.stringPropertyNames()) {
                if (p.containsKey(key) && !placeholders(p.getProperty(key)).equals(placeholders(english.getProperty(key)))) {
                    differing.add(lang + ": " + key + " " + placeholders(p.getProperty(key)) + " vs " + placeholders(english.getProperty(key)));
                }
            }
        });
        assertEquals(List.of(), differing);
    }

    @Test
    void explanationsAreTranslatedNotCopied() {
        Properties english = catalogs.get("en");
        for (String lang : List.of("hu", "sv")) {
            List<String> copied = new ArrayList<>();
            for (String key : english.stringPropertyNames()) {
                String text = english.getProperty(key);
                // long texts only: short labels (INFO, N/A) and commands may rightly stay the same
                if (text.length() > 40 && !text.startsWith("Or in PowerShell") && !text.startsWith("Check again")
                        && text.equals(catalogs.get(lang).getProperty(key))) {
                    copied.add(key);
                }
            }
            assertEquals(List.of(), copied, lang + " texts identical to English");
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
