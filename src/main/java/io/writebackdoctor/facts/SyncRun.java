package io.writebackdoctor.facts;

import java.time.Instant;

/** When a run profile last completed on each side: AD and Azure AD (Entra ID). */
public class SyncRun extends Fact {
    private Instant ad;
    private Instant aad;

    public Instant getAd() { return ad; }
    public Instant getAad() { return aad; }
    public boolean isBothSides() { return ad != null && aad != null; }
}
