package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** Graph {@code assignedLicense}: a SKU given to an account, minus the plans disabled for it. */
public class AssignedLicense extends Fact {
    private String skuId;
    private List<String> disabledPlans;

    @JsonIgnore
    private Account account;
    /** The plans of this SKU, from the tenant's subscribedSkus or the SKU catalog; null when unknown. */
    @JsonIgnore
    private List<ServicePlan> skuPlans;
    @JsonIgnore
    private String skuName;

    public String getSkuId() { return skuId; }
    public List<String> getDisabledPlans() { return disabledPlans == null ? List.of() : disabledPlans; }
    public Account getAccount() { return account; }
    public List<ServicePlan> getSkuPlans() { return skuPlans; }
    public boolean isSkuKnown() { return skuPlans != null; }
    public String getSkuName() { return skuName != null ? skuName : skuId; }

    /** True when the plan is part of the SKU and not switched off for this account. */
    public boolean enables(String servicePlanId) {
        if (skuPlans == null || getDisabledPlans().stream().anyMatch(servicePlanId::equalsIgnoreCase)) return false;
        return skuPlans.stream().anyMatch(p -> servicePlanId.equalsIgnoreCase(p.getServicePlanId()));
    }

    void setAccount(Account account) { this.account = account; }

    public void resolveSku(String name, List<ServicePlan> plans) {
        this.skuName = name;
        this.skuPlans = plans;
    }
}
