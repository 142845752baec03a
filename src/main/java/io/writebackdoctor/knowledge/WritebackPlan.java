package io.writebackdoctor.knowledge;

/**
 * A service plan that confers password writeback (Entra ID P1 or P2), from
 * {@code rules/data/licensing.json}.
 */
public record WritebackPlan(String servicePlanId, String servicePlanName) {

    public String getServicePlanId() { return servicePlanId; }
    public String getServicePlanName() { return servicePlanName; }

    /** True when the plan is this one, by id or (for callers that send names only) by name. */
    public boolean matches(String planId, String planName) {
        return (planId != null && planId.equalsIgnoreCase(servicePlanId))
                || (planId == null && planName != null && planName.equalsIgnoreCase(servicePlanName));
    }
}
