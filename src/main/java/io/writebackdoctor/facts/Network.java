package io.writebackdoctor.facts;

import java.util.List;

/** What the sync server can reach, and the firewall or proxy in between. */
public class Network extends Fact {
    private List<Probe> probes;
    private Integer idleTimeoutSeconds;

    public List<Probe> getProbes() { return probes; }
    public Integer getIdleTimeoutSeconds() { return idleTimeoutSeconds; }
}
