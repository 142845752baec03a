package io.writebackdoctor.facts;

import java.util.List;

/** On-premises Active Directory topology. */
public class Directory extends Fact {
    private List<Forest> forests;

    public List<Forest> getForests() { return forests; }
}
