package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A Graph {@code servicePlanInfo} inside a subscribed SKU. */
public class ServicePlan extends Fact {
    private String servicePlanId;
    private String servicePlanName;
    private String provisioningStatus;
    private String appliesTo;

    @JsonIgnore
    private SubscribedSku sku;

    public ServicePlan() {
    }

    /** A plan taken from the SKU catalog: its provisioning status is not known. */
    public ServicePlan(String servicePlanId, String servicePlanName) {
        this.servicePlanId = servicePlanId;
        this.servicePlanName = servicePlanName;
    }

    public String getServicePlanId() { return servicePlanId; }
    public String getServicePlanName() { return servicePlanName; }
    public String getProvisioningStatus() { return provisioningStatus; }
    public String getAppliesTo() { return appliesTo; }
    public SubscribedSku getSku() { return sku; }

    void setSku(SubscribedSku sku) { this.sku = sku; }
}
