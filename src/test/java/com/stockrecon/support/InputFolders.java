package com.stockrecon.support;

import java.nio.file.Path;

/**
 * Builds an input folder from fixtures laid over each other: typically {@code base} (a small, valid
 * set of every required file) and then the fixture of one case, holding only the files that show it.
 */
public final class InputFolders {

    private InputFolders() {
    }

    /** Copies the fixtures in order into {@code target}, a later one replacing files of an earlier one. */
    public static Path of(Path target, String... fixtures) {
        for (String fixture : fixtures) {
            Fixtures.copy(fixture, target);
        }
        return target;
    }
}
