package io.writebackdoctor.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.facts.DomainController;
import io.writebackdoctor.facts.FactsReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the Windows Server release from an OS caption, as DC_OS_SUPPORTED does for each DC. */
class WindowsServerReleaseTest {

    private static DomainController dc(String operatingSystem) throws Exception {
        String json = """
                { "directory": { "forests": [ { "domains": [ { "domainControllers": [
                    { "hostName": "dc1.contoso.local", "operatingSystem": "%s" } ] } ] } ] } }
                """.formatted(operatingSystem.replace("\"", "\\\""));
        return new FactsReader().read(json).document().getDirectory().getForests().get(0).getDomains().get(0)
                .getDomainControllers().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Windows Server 2012 R2 Datacenter          | 2012 | true",
            "Windows Server 2012 R2 Standard            | 2012 | true",
            "Windows Server 2012 Datacenter             | 2012 | false",
            "Windows Server 2008 Enterprise             | 2008 | false",
            "Windows Server 2008 R2 Enterprise          | 2008 | true",
            "Microsoft Windows Server 2019 Datacenter   | 2019 | false",
            "Microsoft Windows Server 2022 Standard     | 2022 | false",
            "Windows Server 2025 Datacenter Azure Edition | 2025 | false",
            "Windows Server 2003 Enterprise Edition     | 2003 | false",
            "windows server 2016 standard               | 2016 | false",
            "WINDOWS SERVER 2012 r2 DATACENTER          | 2012 | true",
            "Windows Server 2022                        | 2022 | false",
            "Windows Server 2012 R2                     | 2012 | true"})
    void readsYearAndR2FromPlainCaptions(String caption, int year, boolean r2) {
        assertEquals(new WindowsServerRelease(year, r2), WindowsServerRelease.parse(caption));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Win32_OperatingSystem.Caption and Get-ADComputer OperatingSystem of Windows Server 2008 carry ®.
            "Windows Server® 2008 Enterprise                       | 2008 | false",
            "Microsoft® Windows Server® 2008 Standard              | 2008 | false",
            "Windows Server (R) 2008 Datacenter                    | 2008 | false",
            "Windows Server® 2008 R2 Enterprise                    | 2008 | true"})
    void readsCaptionsWithTheRegisteredTrademarkSign(String caption, int year, boolean r2) {
        assertEquals(new WindowsServerRelease(year, r2), WindowsServerRelease.parse(caption),
                "a real Windows Server 2008 caption must not be mistaken for 'no Windows Server release'");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @NullAndEmptySource
    @ValueSource(strings = {"Windows 10 Enterprise", "Windows 11 Pro", "Ubuntu 22.04 LTS", "Samba 4.19 AD DC",
            "Windows Server", "Windows Server vNext"})
    void captionsNamingNoWindowsServerReleaseGiveNull(String caption) {
        assertNull(WindowsServerRelease.parse(caption));
    }

    @Test
    void releasesOrderByYearAndR2FollowsItsBaseYear() {
        List<String> inOrder = List.of("2008", "2008 R2", "2012", "2012 R2", "2016", "2019", "2022", "2025");
        List<WindowsServerRelease> releases = new ArrayList<>();
        for (String name : inOrder) releases.add(WindowsServerRelease.parse("Windows Server " + name + " Standard"));
        List<WindowsServerRelease> shuffled = new ArrayList<>(releases);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(releases, shuffled);
        for (int i = 0; i + 1 < releases.size(); i++) {
            assertTrue(releases.get(i).compareTo(releases.get(i + 1)) < 0, releases.get(i) + " < " + releases.get(i + 1));
            assertTrue(releases.get(i + 1).compareTo(releases.get(i)) > 0);
        }
        assertEquals(0, WindowsServerRelease.parse("Windows Server 2016 Standard")
                .compareTo(WindowsServerRelease.parse("Windows Server 2016 Datacenter")), "editions do not matter");
    }

    @Test
    void printsTheReleaseName() {
        assertEquals("Windows Server 2012 R2", WindowsServerRelease.parse("Windows Server 2012 R2 Datacenter").toString());
        assertEquals("Windows Server 2019", WindowsServerRelease.parse("Windows Server 2019 Datacenter").toString());
    }

    // ------------------------------------------------------------------------------------------------
    // DomainController.runsOlderThan, as the directory rules call it ("2008 R2", "2016")

    @Test
    void a2012R2DomainController() throws Exception {
        DomainController dc = dc("Windows Server 2012 R2 Datacenter");
        assertEquals(new WindowsServerRelease(2012, true), dc.getRelease());
        assertTrue(dc.runsOlderThan("2016"));
        assertFalse(dc.runsOlderThan("2012 R2"), "a release is not older than itself");
        assertFalse(dc.runsOlderThan("2012"));
        assertFalse(dc.runsOlderThan("2008 R2"));
    }

    @Test
    void a2008DomainControllerIsOlderThan2008R2() throws Exception {
        DomainController dc = dc("Windows Server 2008 Enterprise");
        assertTrue(dc.runsOlderThan("2008 R2"));
        assertTrue(dc.runsOlderThan("2016"));
    }

    @Test
    void a2003DomainControllerIsOlderThanEverySupportedRelease() throws Exception {
        DomainController dc = dc("Windows Server 2003 Enterprise Edition");
        assertTrue(dc.runsOlderThan("2008 R2"));
    }

    @Test
    void a2022DomainControllerIsNotOld() throws Exception {
        DomainController dc = dc("Windows Server 2022 Standard");
        assertFalse(dc.runsOlderThan("2016"));
        assertFalse(dc.runsOlderThan("2008 R2"));
    }

    @Test
    void aDomainControllerWithAnUnreadableCaptionIsNotClaimedOld() throws Exception {
        DomainController dc = dc("Samba 4.19 AD DC");
        assertNull(dc.getRelease());
        assertFalse(dc.runsOlderThan("2008 R2"), "unknown is left to the rules (release != null), never called old");
    }

    @Test
    void aWindowsServer2008DomainControllerWithTheTrademarkSignIsOlderThan2008R2() throws Exception {
        // What Get-ADDomainController / Win32_OperatingSystem actually report for Windows Server 2008.
        DomainController dc = dc("Windows Server® 2008 Enterprise");
        assertEquals(new WindowsServerRelease(2008, false), dc.getRelease());
        assertTrue(dc.runsOlderThan("2008 R2"));
    }
}
