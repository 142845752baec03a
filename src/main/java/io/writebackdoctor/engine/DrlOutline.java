package io.writebackdoctor.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * One DRL file seen from outside its rules: what it declares for the whole package (package name,
 * imports, globals, functions, types, attributes) and the names of its rules. Two versions of a file
 * with equal {@link #declarations} differ only inside rules, so recompiling that file alone gives
 * the same rule set as recompiling everything (see {@link DrlCompiler}).
 *
 * @param declarations every package-level element, as text, in file order
 * @param ruleNames    the rules of the file, in file order
 * @param rulesOnly    false when the file holds something whose effect may reach other files'
 *                     rules (a query, a rule that extends another, a rule unit): such a file is never
 *                     recompiled alone
 */
record DrlOutline(List<String> declarations, List<String> ruleNames, boolean rulesOnly) {

    /** The outline of a DRL text, or null when the text does not parse. */
    static DrlOutline of(String text) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, text);
        } catch (DroolsParserException e) {
            return null;
        }
        if (parser.hasErrors() || pkg == null) return null;
        List<String> declarations = new ArrayList<>();
        declarations.add("package " + pkg.getNamespace());
        pkg.getImports().forEach(i -> declarations.add("import " + i.getTarget()));
        pkg.getFunctionImports().forEach(i -> declarations.add("import function " + i.getTarget()));
        pkg.getAccumulateImports().forEach(i -> declarations.add("import accumulate " + i.getTarget()));
        pkg.getGlobals().forEach(g -> declarations.add("global " + g.getType() + " " + g.getIdentifier()));
        pkg.getAttributes().forEach(a -> declarations.add("attribute " + a.getName() + " " + a.getValue()));
        List<BaseDescr> blocks = new ArrayList<>(pkg.getFunctions());
        blocks.addAll(pkg.getTypeDeclarations());
        blocks.addAll(pkg.getEnumDeclarations());
        blocks.addAll(pkg.getEntryPointDeclarations());
        blocks.addAll(pkg.getWindowDeclarations());
        boolean rulesOnly = pkg.getUnit() == null;
        for (BaseDescr block : blocks) {
            int start = block.getStartCharacter();
            int end = Math.min(text.length(), block.getEndCharacter());
            // The block's own text, so any edit of it shows; without a known span, nothing is assumed.
            if (start < 0 || end <= start) rulesOnly = false;
            else declarations.add(block.getClass().getSimpleName() + " " + text.substring(start, end));
        }
        List<String> ruleNames = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            ruleNames.add(rule.getName());
            if (rule.isQuery() || rule.getParentName() != null) rulesOnly = false;
        }
        return new DrlOutline(List.copyOf(declarations), List.copyOf(ruleNames), rulesOnly);
    }
}
