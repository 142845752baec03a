package io.writebackdoctor.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A piece of the facts document that rules match on. It knows where it came from (its JSON Pointer in
 * the request) so a finding can cite the exact input values as evidence.
 */
public abstract class Fact {

    @JsonIgnore
    private String path = "";

    /** JSON Pointer of this object in the request, e.g. {@code /directory/forests/0/domains/1}. */
    public String getPath() {
        return path;
    }

    void setPath(String path) {
        this.path = path;
    }

    /** A readable name for messages; types with a natural name (host, UPN, SKU) override it. */
    public String getName() {
        return path;
    }

    /** JSON Pointer of one of this object's fields: {@code $domain.at("pdcEmulator")}. */
    public String at(String field) {
        return path + "/" + field;
    }
}
