package io.writebackdoctor.facts;

import java.time.Instant;

/** An Application-log event from the sync server. */
public class EventEntry extends Fact {
    private String source;
    private Integer id;
    private Instant time;
    private String message;

    public String getSource() { return source; }
    public Integer getId() { return id; }
    public Instant getTime() { return time; }
    public String getMessage() { return message; }

    /** True when the event has a time more than {@code days} days before {@code reference}. */
    public boolean olderThanDays(Instant reference, int days) {
        return time != null && reference != null && time.isBefore(reference.minus(java.time.Duration.ofDays(days)));
    }
}
