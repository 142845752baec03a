package io.writebackdoctor.engine;

import io.writebackdoctor.knowledge.Verdicts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Compiles a folder of rule files into a {@link RuleSet}, or reports every problem with file and
 * line ({@link DrlCompiler} compiles the DRL). What did not change since this loader's last load is
 * reused: the compiled DRL when only catalogs or data changed, the catalogs when only DRL changed;
 * a loader {@link #forEdits} also recompiles only the DRL files an edit changed.
 * With a {@link CompiledRulesCache}, the first load reads DRL compiled by an earlier run instead of
 * compiling it, or writes what it compiled; later loads are hot reloads, which neither wait for the
 * disk nor gain from it.
 */
public final class RuleSetLoader {

    /** Sessions kept ready per KieBase; the pool grows under load. */
    private static final int INITIAL_SESSIONS = 2;

    /** What the files other than DRL say, with their problems (the lint's included). */
    private record Catalogs(CheckCatalog checks, SourceCatalog sources, Map<String, MessageCatalog> messages,
                            ReferenceData data, List<RuleProblem> problems) {
    }

    /** A compiled KieBase, its session pool and the verdicts of its rules (their metadata read once). */
    private record Compiled(KieBase kieBase, KieSessionsPool sessions, Verdicts verdicts) {
    }

    private final LastBuild<Catalogs> lastCatalogs = new LastBuild<>();
    private final LastBuild<Compiled> lastCompiled = new LastBuild<>();
    private final CompiledRulesCache cache;
    private final DrlCompiler compiler;
    /** Whether this loader has produced a KieBase: later builds are hot reloads, not start-ups. */
    private volatile boolean producedBefore;

    /** A loader that compiles every rule set it is given. */
    public RuleSetLoader() {
        this(null);
    }

    /** A loader that reads compiled DRL from {@code cache} when it can (null: no cache). */
    public RuleSetLoader(CompiledRulesCache cache) {
        this(cache, DrlCompiler.oneOff());
    }

    private RuleSetLoader(CompiledRulesCache cache, DrlCompiler compiler) {
        this.cache = cache;
        this.compiler = compiler;
    }

    /**
     * A loader for rules that are edited while served: it keeps its last build, so a DRL edit
     * confined to rules recompiles only the changed files (see {@link DrlCompiler}).
     */
    public static RuleSetLoader forEdits(CompiledRulesCache cache) {
        return new RuleSetLoader(cache, DrlCompiler.forEdits());
    }

    public RuleSet load(RuleFiles files) throws RuleSetException {
        Catalogs catalogs = lastCatalogs.reuseOrBuild(files.without(".drl"), () -> readCatalogs(files));
        List<RuleProblem> problems = new ArrayList<>(catalogs.problems());
        Map<String, byte[]> drl = files.withSuffix(".drl");
        if (drl.isEmpty()) problems.add(new RuleProblem("(rules folder)", 0, "no .drl file found"));
        Compiled compiled = lastCompiled.reuseOrBuild(drl, () -> {
            KieBase fresh = compileOrReadCached(drl, problems);
            return fresh == null ? null : new Compiled(fresh, fresh.newKieSessionsPool(INITIAL_SESSIONS), Verdicts.forRules(fresh));
        });
        List<RuleInfo> rules = compiled == null ? List.of() : describe(compiled, drl, catalogs.checks(), catalogs.sources(), problems);
        if (!problems.isEmpty()) throw new RuleSetException(problems);
        return new RuleSet(files.version(), Instant.now(), files, compiled.kieBase(), compiled.sessions(), catalogs.checks(),
                catalogs.sources(), catalogs.messages(), catalogs.data(), rules, sourcesByCheck(rules, catalogs.sources()),
                hybridOnlyRules(rules, catalogs.checks()), compiled.verdicts());
    }

    private static Catalogs readCatalogs(RuleFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        CheckCatalog checks = CheckCatalog.read(files, problems);
        SourceCatalog sources = SourceCatalog.read(files, problems);
        Map<String, MessageCatalog> messages = readMessages(files, problems);
        ReferenceData data = ReferenceData.read(files, problems);
        problems.addAll(RuleSetLinter.lint(checks, messages));
        return new Catalogs(checks, sources, messages, data, List.copyOf(problems));
    }

    /**
     * Message catalogs: {@code messages/<lang>.properties} and, for texts kept by area,
     * {@code messages/<area>.<lang>.properties}; the files of one language are merged, and a key
     * defined twice is an error.
     */
    private static Map<String, MessageCatalog> readMessages(RuleFiles files, List<RuleProblem> problems) {
        Map<String, Map<String, String>> byLanguage = new TreeMap<>();
        Map<String, String> definedIn = new java.util.HashMap<>();
        files.withSuffix(".properties").forEach((name, bytes) -> {
            if (!name.startsWith(MessageCatalog.FOLDER) || name.indexOf('/', MessageCatalog.FOLDER.length()) >= 0) return;
            String base = name.substring(MessageCatalog.FOLDER.length(), name.length() - ".properties".length());
            String language = base.substring(base.lastIndexOf('.') + 1);
            MessageCatalog part = MessageCatalog.parse(language, name, files.text(name), problems);
            Map<String, String> merged = byLanguage.computeIfAbsent(language, l -> new TreeMap<>());
            for (String key : part.keys()) {
                String earlier = definedIn.putIfAbsent(language + ":" + key, name);
                if (earlier != null) {
                    problems.add(new RuleProblem(name, 0, "key " + key + " is already defined in " + earlier));
                }
                merged.put(key, part.raw(key));
            }
        });
        Map<String, MessageCatalog> out = new TreeMap<>();
        byLanguage.forEach((language, texts) -> out.put(language, new MessageCatalog(language, texts)));
        if (!out.containsKey(RuleSet.DEFAULT_LANGUAGE)) {
            problems.add(new RuleProblem(MessageCatalog.FOLDER + RuleSet.DEFAULT_LANGUAGE + ".properties", 0,
                    "the English message catalog is required"));
        }
        return out;
    }

    private KieBase compileOrReadCached(Map<String, byte[]> drl, List<RuleProblem> problems) {
        // Start-up only: a hot reload recompiles the changed files, quicker than reading every package.
        if (cache == null || drl.isEmpty() || producedBefore) return compiler.compile(drl, problems);
        synchronized (this) {
            Path entry = cache.entry(drl);
            KieBase kieBase = cache.read(entry);
            if (kieBase == null) {
                kieBase = compiler.compile(drl, problems);
                if (kieBase != null) cache.write(entry, kieBase);
            }
            if (kieBase != null) producedBefore = true;
            return kieBase;
        }
    }

    /**
     * Compiles the DRL of these files, when the rule set came from the compiled-rules cache, and keeps
     * the build so that the next DRL edit recompiles only the files it changed. For a service that
     * watches its rules; a loader that is not {@link #forEdits} does nothing.
     */
    public void prepareForEdits(RuleFiles files) {
        compiler.prepareForEdits(files.withSuffix(".drl"));
    }

    /** The DRL files the last build compiled: all, or only those an edit changed. */
    List<String> lastCompiledFiles() {
        return compiler.lastCompiled();
    }

    /** Lists the rules with their metadata and checks what every rule must declare. */
    private static List<RuleInfo> describe(Compiled compiled, Map<String, byte[]> drl, CheckCatalog checks,
                                           SourceCatalog sources, List<RuleProblem> problems) {
        List<RuleInfo> out = new ArrayList<>();
        for (KiePackage pkg : compiled.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = DrlCompiler.fileOf(rule);
                if (file == null) file = drl.size() == 1 ? drl.keySet().iterator().next() : "(rules)";
                String check = compiled.verdicts().check(rule);
                List<String> citations = compiled.verdicts().citations(rule);
                String where = "rule \"" + rule.getName() + "\"";
                if (check == null) {
                    problems.add(new RuleProblem(file, 0, where + " has no @check"));
                } else if (!"*".equals(check) && !checks.has(check)) {
                    problems.add(new RuleProblem(file, 0, where + " names @check " + check + ", which is not in checks.json"));
                }
                if (citations.isEmpty()) problems.add(new RuleProblem(file, 0, where + " has no @source"));
                for (String citation : citations) {
                    if (sources.resolve(citation) == null) {
                        problems.add(new RuleProblem(file, 0, where + " cites an unknown source: " + citation));
                    }
                }
                out.add(new RuleInfo(rule.getName(), file, check, citations));
            }
        }
        out.sort((a, b) -> a.file().equals(b.file()) ? a.name().compareTo(b.name()) : a.file().compareTo(b.file()));
        return out;
    }

    private static Map<String, List<io.writebackdoctor.report.SourceRef>> sourcesByCheck(List<RuleInfo> rules, SourceCatalog sources) {
        Map<String, List<io.writebackdoctor.report.SourceRef>> out = new java.util.HashMap<>();
        for (RuleInfo rule : rules) {
            List<io.writebackdoctor.report.SourceRef> refs = out.computeIfAbsent(rule.check(), k -> new ArrayList<>());
            for (String citation : rule.sources()) {
                io.writebackdoctor.report.SourceRef ref = sources.resolve(citation);
                if (ref != null && refs.stream().noneMatch(r -> r.key().equals(ref.key()))) {
                    refs.add(new io.writebackdoctor.report.SourceRef(ref.key(), ref.document(), null, ref.url()));
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    /** The rules whose @check is a hybridOnly check of the catalog. */
    private static Set<String> hybridOnlyRules(List<RuleInfo> rules, CheckCatalog checks) {
        return rules.stream().filter(r -> checks.has(r.check()) && checks.get(r.check()).isHybridOnly())
                .map(RuleInfo::name).collect(Collectors.toUnmodifiableSet());
    }
}
