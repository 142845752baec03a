package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The cloud tenant: licensing and SSPR policy. */
public class Tenant extends Fact {
    private String cloud;
    private Boolean onPremisesSyncEnabled;
    private List<SubscribedSku> subscribedSkus;
    private SsprPolicy sspr;

    /** Graph sends null for a tenant that never synced, so null must be told apart from absent. */
    @JsonIgnore
    private boolean onPremisesSyncEnabledSent;

    @JsonProperty("onPremisesSyncEnabled")
    void setOnPremisesSyncEnabled(Boolean value) {
        this.onPremisesSyncEnabled = value;
        this.onPremisesSyncEnabledSent = true;
    }

    public String getCloud() { return cloud; }
    /** The cloud whose endpoints apply: the contract's default is {@code public}. */
    public String getEffectiveCloud() { return cloud == null ? "public" : cloud; }
    public Boolean getOnPremisesSyncEnabled() { return onPremisesSyncEnabled; }
    /** True for a hybrid tenant, false for a cloud-only one (false or null sent), null when not said. */
    public Boolean getHybrid() {
        if (!onPremisesSyncEnabledSent) return null;
        return Boolean.TRUE.equals(onPremisesSyncEnabled);
    }
    public List<SubscribedSku> getSubscribedSkus() { return subscribedSkus; }
    public SsprPolicy getSspr() { return sspr; }
}
