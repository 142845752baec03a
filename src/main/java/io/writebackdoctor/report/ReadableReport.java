package io.writebackdoctor.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.writebackdoctor.engine.CheckCatalog;
import io.writebackdoctor.engine.MessageCatalog;
import io.writebackdoctor.knowledge.Status;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A diagnosis as a person reads it, grouped by the article's sections: plain text for a terminal or
 * Markdown for a support ticket. Same content in both; only the markup differs.
 */
public final class ReadableReport {

    public enum Style { TEXT, MARKDOWN }

    private final MessageCatalog messages;
    private final Style style;

    public ReadableReport(MessageCatalog messages, Style style) {
        this.messages = messages;
        this.style = style;
    }

    public String render(Diagnosis diagnosis) {
        StringBuilder out = new StringBuilder();
        boolean md = style == Style.MARKDOWN;
        String counts = diagnosis.summary().counts().entrySet().stream()
                .map(e -> e.getValue() + " " + messages.label("status." + e.getKey()))
                .collect(Collectors.joining(", "));
        out.append(md ? "# " : "").append(messages.label("label.report")).append('\n');
        if (!md) out.append("=".repeat(messages.label("label.report").length())).append('\n');
        out.append(md ? "\n**" : "").append(messages.label("label.outcome")).append(md ? ":** " : ": ")
                .append(messages.label("status." + diagnosis.summary().outcome())).append(md ? "  \n" : "\n");
        out.append(messages.label("label.counts")).append(": ").append(counts).append(md ? "  \n" : "\n");
        out.append(messages.label("label.ruleSet")).append(": ").append(diagnosis.ruleSet().version())
                .append(" (").append(diagnosis.ruleSet().loadedAt()).append(")\n");

        for (String section : CheckCatalog.SECTIONS) {
            List<Finding> inSection = diagnosis.findings().stream().filter(f -> section.equals(f.section())).toList();
            if (inSection.isEmpty()) continue;
            String title = messages.label("section." + section);
            out.append('\n').append(md ? "## " + title : title + "\n" + "-".repeat(title.length())).append('\n');
            for (Finding f : inSection) finding(out, f, md);
        }
        if (!diagnosis.warnings().isEmpty()) {
            out.append('\n').append(md ? "## " : "").append(messages.label("label.warnings")).append('\n');
            diagnosis.warnings().forEach(w -> out.append("- ").append(w).append('\n'));
        }
        if (diagnosis.trace() != null) {
            out.append('\n').append(md ? "## " : "").append(messages.label("label.trace")).append('\n');
            diagnosis.trace().forEach(t -> out.append("- ").append(md ? "`" + t.rule() + "`" : t.rule())
                    .append(" [").append(t.check()).append("] ").append(String.join(", ", t.facts())).append('\n'));
        }
        return out.toString();
    }

    private void finding(StringBuilder out, Finding f, boolean md) {
        String mark = mark(f.status());
        String indent = md ? "  " : "       ";
        out.append('\n');
        if (md) {
            out.append("### ").append(mark).append(' ').append(f.title()).append(" (`").append(f.check()).append("`)");
        } else {
            out.append(mark).append(' ').append(f.title()).append("  (").append(f.check()).append(')');
        }
        if (f.status() == Status.FAIL || f.status() == Status.WARN) out.append(" - ").append(messages.label("severity." + f.severity()));
        out.append('\n');
        if (f.explanation() != null && !f.explanation().isBlank()) {
            out.append(md ? "" : indent).append(f.explanation()).append('\n');
        }
        if (!f.remediation().isEmpty()) {
            out.append(md ? "\n**" + messages.label("label.remediation") + "**\n\n" : indent + messages.label("label.remediation") + ":\n");
            for (int i = 0; i < f.remediation().size(); i++) {
                out.append(md ? "" : indent + "  ").append(i + 1).append(". ").append(f.remediation().get(i)).append('\n');
            }
        }
        if (!f.missingFacts().isEmpty()) {
            out.append(md ? "\n" : indent).append(messages.label("label.missingFacts")).append(": ")
                    .append(f.missingFacts().stream().map(p -> md ? "`" + p + "`" : p).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        if (!f.evidence().isEmpty()) {
            out.append(md ? "\n" : indent).append(messages.label("label.evidence")).append(": ");
            out.append(f.evidence().entrySet().stream().map(e -> evidence(e, md)).collect(Collectors.joining("; "))).append('\n');
        }
        for (SourceRef s : f.sources()) {
            out.append(md ? "\n" : indent).append(messages.label("label.source")).append(": ");
            String section = s.section() == null ? "" : " - " + s.section();
            out.append(md ? "[" + s.document() + "](" + s.url() + ")" + section : s.document() + section + " <" + s.url() + ">")
                    .append('\n');
        }
    }

    private static String evidence(Map.Entry<String, JsonNode> e, boolean md) {
        String value = e.getValue().toString();
        return md ? "`" + e.getKey() + "` = `" + value + "`" : e.getKey() + " = " + value;
    }

    private String mark(Status status) {
        String label = messages.label("status." + status);
        return style == Style.MARKDOWN ? "**[" + label + "]**" : String.format("[%-4s]", label);
    }
}
