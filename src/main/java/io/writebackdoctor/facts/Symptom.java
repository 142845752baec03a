package io.writebackdoctor.facts;

/** What the person or tool reports. */
public class Symptom extends Fact {
    private String area;
    private String ssprErrorCode;
    private String operation;
    private String origin;

    public String getArea() { return area; }
    public String getSsprErrorCode() { return ssprErrorCode; }
    public String getOperation() { return operation; }
    public String getOrigin() { return origin; }
}
