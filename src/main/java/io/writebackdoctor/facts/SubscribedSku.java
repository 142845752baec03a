package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A Graph {@code subscribedSku}; Graph's other fields are accepted and ignored. */
@JsonIgnoreProperties({"id", "accountId", "accountName", "appliesTo", "subscriptionIds"})
public class SubscribedSku extends Fact {
    private String skuId;
    private String skuPartNumber;
    private String capabilityStatus;
    private Integer consumedUnits;
    private PrepaidUnits prepaidUnits;
    private List<ServicePlan> servicePlans;

    /** Where {@link #getServicePlans()} came from: the request, the SKU catalog, or nowhere. */
    @JsonIgnore
    private PlanSource planSource = PlanSource.REQUEST;

    public String getSkuId() { return skuId; }
    public String getSkuPartNumber() { return skuPartNumber; }
    public String getCapabilityStatus() { return capabilityStatus; }
    public Integer getConsumedUnits() { return consumedUnits; }
    public PrepaidUnits getPrepaidUnits() { return prepaidUnits; }
    public List<ServicePlan> getServicePlans() { return servicePlans; }
    public PlanSource getPlanSource() { return planSource; }

    /** Enabled prepaid units, or null when the caller did not send them. */
    public Integer getEnabledUnits() { return prepaidUnits == null ? null : prepaidUnits.getEnabled(); }

    /** A readable name for messages: the part number, else the id. */
    @Override
    public String getName() { return skuPartNumber != null ? skuPartNumber : skuId; }

    public void resolvePlans(List<ServicePlan> plans, PlanSource source) {
        this.servicePlans = plans;
        this.planSource = source;
    }

    public enum PlanSource { REQUEST, CATALOG, UNKNOWN }
}
