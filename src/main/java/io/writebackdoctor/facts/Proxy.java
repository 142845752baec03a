package io.writebackdoctor.facts;

/** Proxy between the sync server and the internet. */
public class Proxy extends Fact {
    private Boolean required;
    private Boolean machineConfigDefaultProxy;
    private Boolean tlsInspection;

    public Boolean getRequired() { return required; }
    public Boolean getMachineConfigDefaultProxy() { return machineConfigDefaultProxy; }
    public Boolean getTlsInspection() { return tlsInspection; }
}
