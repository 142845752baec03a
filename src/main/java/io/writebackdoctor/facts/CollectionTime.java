package io.writebackdoctor.facts;

import java.time.Instant;

/**
 * When the facts were collected ({@code collectedAt} of the document), as a fact rules can match:
 * events long before it are history rather than the current state.
 */
public class CollectionTime extends Fact {
    private final Instant at;

    CollectionTime(Instant at) {
        this.at = at;
    }

    public Instant getAt() { return at; }
}
