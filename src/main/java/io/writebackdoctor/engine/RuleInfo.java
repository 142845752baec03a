package io.writebackdoctor.engine;

import java.util.List;

/** A rule of the loaded rule set with the metadata rule authors gave it. */
public record RuleInfo(String name, String file, String check, List<String> sources) {
}
