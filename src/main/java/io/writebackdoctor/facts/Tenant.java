package io.writebackdoctor.facts;

import java.util.List;

/** The cloud tenant: licensing and SSPR policy. */
public class Tenant extends GraphSyncedObject {
    private String cloud;
    private List<SubscribedSku> subscribedSkus;
    private SsprPolicy sspr;

    public String getCloud() { return cloud; }
    /** The cloud whose endpoints apply: the contract's default is {@code public}. */
    public String getEffectiveCloud() { return cloud == null ? "public" : cloud; }
    /** True for a hybrid tenant, false for a cloud-only one (false or null sent), null when not said. */
    public Boolean getHybrid() {
        if (!onPremisesSyncEnabledSent()) return null;
        return Boolean.TRUE.equals(getOnPremisesSyncEnabled());
    }
    public List<SubscribedSku> getSubscribedSkus() { return subscribedSkus; }
    public SsprPolicy getSspr() { return sspr; }
}
