package io.writebackdoctor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the answer's language: the {@code lang} parameter if it names a supported language, else
 * the best supported language of {@code Accept-Language} (quality values honoured, {@code hu-HU}
 * counts as {@code hu}), else English.
 */
public final class LanguageChoice {

    public static final String FALLBACK = "en";

    private LanguageChoice() {
    }

    public static String choose(String langParam, String acceptLanguage, Set<String> supported) {
        String explicit = primary(langParam);
        if (explicit != null && supported.contains(explicit)) return explicit;
        if (acceptLanguage != null) {
            record Range(String language, double quality, int position) {
            }
            List<Range> ranges = new ArrayList<>();
            String[] parts = acceptLanguage.split(",");
            for (int i = 0; i < parts.length; i++) {
                String[] pieces = parts[i].trim().split(";");
                double q = 1.0;
                for (int j = 1; j < pieces.length; j++) {
                    String param = pieces[j].trim();
                    if (param.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(param.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0; // a malformed weight makes the range unusable, not the request
                        }
                    }
                }
                String language = primary(pieces[0]);
                if (language != null && q > 0) ranges.add(new Range(language, q, i));
            }
            ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::position));
            for (Range r : ranges) {
                if (supported.contains(r.language())) return r.language();
            }
        }
        return FALLBACK;
    }

    private static String primary(String tag) {
        if (tag == null || tag.isBlank() || tag.trim().equals("*")) return null;
        return tag.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }
}
