package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which language an answer is in, from ?lang= and Accept-Language. */
class LanguageChoiceTest {

    static final Set<String> SUPPORTED = Set.of("en", "hu", "sv");

    static String choose(String lang, String accept) {
        return LanguageChoice.choose(lang, accept, SUPPORTED);
    }

    @Test
    void regionalTagsMapToTheirLanguage() {
        assertEquals("hu", choose(null, "hu-HU"));
        assertEquals("sv", choose(null, "sv-SE"));
        assertEquals("en", choose(null, "en-US"));
        assertEquals("sv", choose(null, "SV_fi"));
    }

    @Test
    void qualityValuesDecideBetweenSupportedLanguages() {
        assertEquals("sv", choose(null, "hu;q=0.5, sv;q=0.9, en;q=0.1"));
        assertEquals("hu", choose(null, "de-DE, hu-HU;q=0.8, en;q=0.7"), "an unsupported first choice is skipped");
        assertEquals("sv", choose(null, "hu;q=0, sv"), "q=0 means not acceptable");
        assertEquals("hu", choose(null, "hu, sv"), "equal weights keep the client's order");
    }

    @Test
    void theLangParameterOverridesAcceptLanguage() {
        assertEquals("sv", choose("sv", "hu-HU"));
        assertEquals("hu", choose("hu-HU", "sv"));
    }

    @Test
    void anythingUnsupportedOrMalformedFallsBackToEnglish() {
        assertEquals("en", choose(null, null));
        assertEquals("en", choose(null, "de-DE, fr;q=0.9"));
        assertEquals("en", choose(null, "*"));
        assertEquals("en", choose(null, ";;;q=abc,,"));
        assertEquals("en", choose("xx", null));
        assertEquals("hu", choose("xx", "hu"), "an unsupported ?lang= falls back to Accept-Language");
    }
}
