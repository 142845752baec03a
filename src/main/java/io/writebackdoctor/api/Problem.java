package io.writebackdoctor.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.writebackdoctor.facts.InputProblem;
import java.util.List;

/**
 * An error answer in RFC 9457 form ({@code application/problem+json}). {@code errors} lists each
 * problem in the input with its JSON Pointer (and line and column for malformed JSON).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<InputError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://writeback-doctor.local/problems/";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InputError(String pointer, String message, Integer line, Integer column) {
        static InputError of(InputProblem p) {
            return new InputError(p.pointer(), p.message(), p.line(), p.column());
        }
    }

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(TYPE_BASE + type, title, status, detail, null, null);
    }

    public static Problem invalidFacts(String detail, List<InputProblem> problems) {
        return new Problem(TYPE_BASE + "invalid-facts", "The facts document is not valid", 400, detail, null,
                problems.stream().map(InputError::of).toList());
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
