package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The tenant's self-service password reset policy (Entra admin center, Password reset). */
public class SsprPolicy extends Fact {
    private String enablement;
    private List<String> selectedGroupIds;
    private Integer methodsRequired;
    private Boolean writebackEnabled;
    private Boolean accountUnlockEnabled;
    @JsonProperty("allowedToUseSSPR")
    private Boolean allowedToUseSSPR;
    private Boolean onPremisesIntegrationVisible;

    public String getEnablement() { return enablement; }
    public List<String> getSelectedGroupIds() { return selectedGroupIds; }
    public Integer getMethodsRequired() { return methodsRequired; }
    public Boolean getWritebackEnabled() { return writebackEnabled; }
    public Boolean getAccountUnlockEnabled() { return accountUnlockEnabled; }
    @JsonProperty("allowedToUseSSPR")
    public Boolean getAllowedToUseSSPR() { return allowedToUseSSPR; }
    /** Entra admin center > Password reset shows the "On-premises integration" page. */
    public Boolean getOnPremisesIntegrationVisible() { return onPremisesIntegrationVisible; }
}
