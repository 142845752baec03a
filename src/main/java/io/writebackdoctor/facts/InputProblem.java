package io.writebackdoctor.facts;

/**
 * One thing wrong with a facts document, located by JSON Pointer ({@code ""} is the whole document)
 * and, for malformed JSON, by line and column.
 */
public record InputProblem(String pointer, String message, Integer line, Integer column) {

    public static InputProblem at(String pointer, String message) {
        return new InputProblem(pointer, message, null, null);
    }

    @Override
    public String toString() {
        String where = pointer.isEmpty() ? "(document)" : pointer;
        if (line != null) where += " (line " + line + ", column " + column + ")";
        return where + ": " + message;
    }
}
