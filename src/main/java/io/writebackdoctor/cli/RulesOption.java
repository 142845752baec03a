package io.writebackdoctor.cli;

import io.writebackdoctor.engine.CompiledRulesCache;
import io.writebackdoctor.engine.RuleFiles;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.engine.RuleSetException;
import io.writebackdoctor.engine.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: the rule set folder; by default ./rules, else the copy inside the jar. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: ./rules, else the rules bundled in the jar)")
    Path dir;

    RuleFiles files() throws IOException {
        return RuleFiles.fromFolderOrBundled(RuleFiles.folderOrDefault(dir));
    }

    RuleSet load() throws IOException, RuleSetException {
        return new RuleSetLoader(CompiledRulesCache.besideTheJar()).load(files());
    }

    /** The rule set, or null after printing every problem (file:line: message) to {@code err}. */
    RuleSet loadOrReport(java.io.PrintWriter err) throws IOException {
        try {
            return load();
        } catch (RuleSetException e) {
            e.getProblems().forEach(err::println);
            err.println(e.getProblems().size() + " problem(s) in the rule set");
            err.flush();
            return null;
        }
    }
}
