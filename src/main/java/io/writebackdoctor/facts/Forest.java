package io.writebackdoctor.facts;

import java.util.List;

/** An AD forest. */
public class Forest extends Fact {
    private String name;
    private String forestMode;
    private List<Domain> domains;

    public String getName() { return name; }
    public String getForestMode() { return forestMode; }
    public List<Domain> getDomains() { return domains; }
}
