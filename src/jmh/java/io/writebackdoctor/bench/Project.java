package io.writebackdoctor.bench;

import io.writebackdoctor.engine.Diagnoser;
import io.writebackdoctor.engine.RuleFiles;
import io.writebackdoctor.engine.RuleSetLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmarks read from the project: its folder is {@code -Dwriteback.root}, else the working directory. */
final class Project {

    private Project() {
    }

    static Path root() {
        return Path.of(System.getProperty("writeback.root", "."));
    }

    static RuleFiles rules() throws Exception {
        return RuleFiles.fromDirectory(root().resolve("rules"));
    }

    /** A diagnoser with the project's full rule set. */
    static Diagnoser diagnoser() throws Exception {
        return new Diagnoser(new RuleSetLoader().load(rules()));
    }

    /** The JSON of {@code facts-samples/NAME.json}. */
    static String sample(String name) throws Exception {
        return Files.readString(root().resolve("facts-samples").resolve(name + ".json"));
    }
}
