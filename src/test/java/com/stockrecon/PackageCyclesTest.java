package com.stockrecon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No cycles between the packages of src/main: a package reaches another through an import or a fully
 * qualified name in code (comments and strings do not count).
 */
class PackageCyclesTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern REFERENCE = Pattern.compile("(?<![\\w.])com\\.stockrecon\\.((?:[a-z]\\w*\\.)*)[A-Z]\\w*");
    static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    static final Pattern COMMENT_OR_STRING = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:[^\"\\\\\\n]|\\\\.)*\"",
            Pattern.DOTALL);

    @Test
    void noPackageReachesItselfThroughAnother() throws IOException {
        Map<String, Set<String>> edges = dependencies();

        List<Set<String>> cycles = new ArrayList<>();
        for (Set<String> component : new StronglyConnected(edges).components()) {
            if (component.size() > 1) {
                cycles.add(component);
            }
        }

        assertThat(edges).hasSizeGreaterThan(10);
        assertThat(cycles).as("packages that depend on each other").isEmpty();
    }

    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher declared = PACKAGE.matcher(text);
            String from = declared.find() ? declared.group(1) : "";
            Set<String> targets = edges.computeIfAbsent(from, key -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(COMMENT_OR_STRING.matcher(text).replaceAll(" "));
            while (reference.find()) {
                String to = ("com.stockrecon." + reference.group(1)).replaceAll("\\.$", "");
                if (!to.equals(from)) {
                    targets.add(to);
                }
            }
        }
        return edges;
    }

    /** Tarjan's algorithm over the package graph. */
    private static final class StronglyConnected {

        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<Set<String>> components = new ArrayList<>();

        StronglyConnected(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<Set<String>> components() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.add(node);
            onStack.add(node);
            for (String next : edges.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (onStack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    onStack.remove(member);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }
}
