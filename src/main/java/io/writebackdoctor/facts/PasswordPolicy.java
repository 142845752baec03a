package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A domain's default password policy ({@code Get-ADDefaultDomainPasswordPolicy}). */
public class PasswordPolicy extends Fact {
    private Integer minPasswordAgeDays;
    private Integer passwordHistoryCount;
    private Boolean complexityEnabled;
    private Integer minPasswordLength;

    @JsonIgnore
    private Domain domain;

    public Integer getMinPasswordAgeDays() { return minPasswordAgeDays; }
    public Integer getPasswordHistoryCount() { return passwordHistoryCount; }
    public Boolean getComplexityEnabled() { return complexityEnabled; }
    public Integer getMinPasswordLength() { return minPasswordLength; }
    public Domain getDomain() { return domain; }

    void setDomain(Domain domain) { this.domain = domain; }
}
