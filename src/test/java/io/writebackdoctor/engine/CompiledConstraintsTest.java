package io.writebackdoctor.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.writebackdoctor.TestRules;
import io.writebackdoctor.facts.FactsReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Drools evaluates a DRL constraint with its MVEL interpreter, through reflection, until the
 * constraint has run 20 times, then compiles it to bytecode in the background. A constraint it
 * cannot compile stays interpreted for good: one such constraint, on a {@code Boolean} record
 * component, cost about a tenth of every diagnosis. After every sample has been diagnosed often
 * enough, no constraint the samples reach may still be interpreted.
 *
 * <p>Drools offers no public way to ask this, so the test reads the network's nodes and the
 * constraints' fields reflectively; a Drools upgrade that renames them fails here with a message
 * naming what it could not find, rather than passing silently.
 */
class CompiledConstraintsTest {

    /** Drools' default jitting threshold is 20 evaluations; each sample runs past it on its own. */
    private static final int DIAGNOSES_PER_SAMPLE = 21;
    private static final String MVEL_CONSTRAINT = "org.drools.mvel.MVELConstraint";
    private static final String INTERPRETER = "org.drools.mvel.MVELConditionEvaluator";

    @Test
    void everyConstraintTheSamplesReachIsCompiled() throws Exception {
        RuleSet ruleSet = new RuleSetLoader().load(RuleFiles.fromDirectory(TestRules.RULES));
        Diagnoser diagnoser = new Diagnoser(ruleSet);
        FactsReader reader = new FactsReader();
        List<Path> samples;
        try (Stream<Path> files = Files.list(TestRules.SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted().toList();
        }
        for (Path sample : samples) {
            String json = Files.readString(sample);
            try {
                reader.read(json);
            } catch (Exception notValidFacts) {
                continue;
            }
            for (int i = 0; i < DIAGNOSES_PER_SAMPLE; i++) diagnoser.diagnose(reader.read(json), "en", false);
        }

        // Compiling happens on a background thread: give it time before calling a constraint stuck.
        Set<String> interpreted = interpretedConstraints(ruleSet);
        for (int wait = 0; wait < 100 && !interpreted.isEmpty(); wait++) {
            Thread.sleep(100);
            interpreted = interpretedConstraints(ruleSet);
        }
        assertTrue(interpreted.isEmpty(), "these constraints stay interpreted by Drools (reflection at every evaluation), "
                + "write them so that they compile, e.g. on a primitive boolean property: " + interpreted);
    }

    /** Constraints that Drools tried to compile (they ran past the threshold) and left to the interpreter. */
    private static Set<String> interpretedConstraints(RuleSet ruleSet) throws Exception {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> constraints = new ArrayList<>();
        Object rete = call(ruleSet.kieBase(), "getRete");
        for (Object typeNode : (Collection<?>) call(rete, "getObjectTypeNodes")) collect(typeNode, seen, constraints);
        assertTrue(constraints.stream().anyMatch(c -> c.getClass().getName().equals(MVEL_CONSTRAINT)),
                "no " + MVEL_CONSTRAINT + " found in the network: Drools' node classes changed, adapt this test");
        Set<String> interpreted = new TreeSet<>();
        for (Object c : constraints) {
            if (!c.getClass().getName().equals(MVEL_CONSTRAINT)) continue;
            Object evaluator = field(c, "conditionEvaluator");
            if (Boolean.TRUE.equals(field(c, "jitted")) && evaluator != null && evaluator.getClass().getName().equals(INTERPRETER)) {
                interpreted.add(String.valueOf(field(c, "expression")));
            }
        }
        return interpreted;
    }

    /** Walks from a node to every node below it, gathering alpha and beta constraints on the way. */
    private static void collect(Object node, Set<Object> seen, List<Object> constraints) throws Exception {
        if (node == null || !seen.add(node)) return;
        Object alpha = tryCall(node, "getConstraint");
        if (alpha != null) constraints.add(alpha);
        Object beta = tryCall(node, "getConstraints");
        if (beta instanceof Object[] array) {
            constraints.addAll(List.of(array));
        } else if (beta != null && tryCall(beta, "getConstraints") instanceof Object[] array) {
            constraints.addAll(List.of(array));
        }
        for (String propagator : new String[] {"getObjectSinkPropagator", "getSinkPropagator"}) {
            Object p = tryCall(node, propagator);
            if (p != null && tryCall(p, "getSinks") instanceof Object[] sinks) {
                for (Object sink : sinks) collect(sink, seen, constraints);
            }
        }
    }

    private static Object call(Object target, String method) throws Exception {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }

    private static Object tryCall(Object target, String method) {
        try {
            return call(target, method);
        } catch (Exception absent) {
            return null;
        }
    }

    private static Object field(Object target, String name) throws Exception {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        throw new AssertionError(target.getClass().getName() + " has no field " + name + ": Drools changed, adapt this test");
    }
}
