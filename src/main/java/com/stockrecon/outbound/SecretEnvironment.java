package com.stockrecon.outbound;

import java.util.Map;

/** Where signing secrets are read from: the process environment (tests give their own variables). */
@FunctionalInterface
public interface SecretEnvironment {

    Map<String, String> variables();
}
