package io.writebackdoctor.cli;

import io.writebackdoctor.engine.Diagnoser;
import io.writebackdoctor.engine.LanguageChoice;
import io.writebackdoctor.engine.RuleSet;
import io.writebackdoctor.facts.FactsReader;
import io.writebackdoctor.facts.InputProblem;
import io.writebackdoctor.facts.InvalidFactsException;
import io.writebackdoctor.facts.ParsedFacts;
import io.writebackdoctor.knowledge.Status;
import io.writebackdoctor.report.Diagnosis;
import io.writebackdoctor.report.Json;
import io.writebackdoctor.report.ReadableReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diagnose FILE}: one facts document in, a report out; the exit code says whether anything fails. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnose one facts document (a file, or - for standard input).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no check fails", "1:at least one check fails", "2:bad input (the message names the JSON Pointer)",
                "3:the rule set does not compile"})
final class DiagnoseCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    @Parameters(paramLabel = "FILE", description = "facts document (JSON, facts-v1), or - for standard input")
    String file;

    @Option(names = "--format", defaultValue = "text", description = "text (default), markdown or json")
    Format format;

    @Option(names = "--explain", description = "add the explanation trace: which rules fired on which facts")
    boolean explain;

    @Option(names = "--lang", defaultValue = "en", description = "language of the texts: en, hu or sv (hu-HU and the like work too; default: en)")
    String requestedLanguage;

    @Mixin
    RulesOption rules = new RulesOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = "-".equals(file) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + file);
            return Main.BAD_INPUT;
        }
        RuleSet ruleSet = rules.loadOrReport(spec.commandLine().getErr());
        if (ruleSet == null) return Main.BAD_RULES;
        ParsedFacts facts;
        try {
            facts = new FactsReader().read(text);
        } catch (InvalidFactsException e) {
            err.println("error: " + e.getMessage() + ":");
            for (InputProblem p : e.getProblems()) err.println("  " + p);
            return Main.BAD_INPUT;
        }
        String language = LanguageChoice.choose(requestedLanguage, null, ruleSet.messages().keySet());
        Diagnosis diagnosis = new Diagnoser(ruleSet).diagnose(facts, language, explain);
        switch (format) {
            case json -> out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(diagnosis));
            case markdown -> out.print(new ReadableReport(ruleSet.messages(language), ReadableReport.Style.MARKDOWN).render(diagnosis));
            default -> out.print(new ReadableReport(ruleSet.messages(language), ReadableReport.Style.TEXT).render(diagnosis));
        }
        out.flush();
        return diagnosis.findings().stream().anyMatch(f -> f.status() == Status.FAIL) ? Main.FAILING : Main.OK;
    }
}
