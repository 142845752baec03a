package io.writebackdoctor.facts;

/** Graph {@code licenseUnitsDetail}. */
public class PrepaidUnits {
    private Integer enabled;
    private Integer suspended;
    private Integer warning;
    private Integer lockedOut;

    public Integer getEnabled() { return enabled; }
    public Integer getSuspended() { return suspended; }
    public Integer getWarning() { return warning; }
    public Integer getLockedOut() { return lockedOut; }
}
