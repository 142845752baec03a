package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An object as Microsoft Graph describes it with {@code onPremisesSyncEnabled}: true (synced), false
 * (synced once, no longer), null (never synced) — or the field absent when the caller did not collect
 * it. Graph's null carries meaning, so an explicit null is told apart from an absent field.
 */
public abstract class GraphSyncedObject extends Fact {

    private Boolean onPremisesSyncEnabled;
    @JsonIgnore
    private boolean onPremisesSyncEnabledSent;

    @JsonProperty("onPremisesSyncEnabled")
    void setOnPremisesSyncEnabled(Boolean value) {
        this.onPremisesSyncEnabled = value;
        this.onPremisesSyncEnabledSent = true;
    }

    public Boolean getOnPremisesSyncEnabled() { return onPremisesSyncEnabled; }

    /** Whether the caller sent the field at all (null included). */
    protected boolean onPremisesSyncEnabledSent() { return onPremisesSyncEnabledSent; }
}
