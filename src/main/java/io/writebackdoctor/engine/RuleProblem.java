package io.writebackdoctor.engine;

/** Something wrong in a rule-set file: which file, which line (0 when unknown), what. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
