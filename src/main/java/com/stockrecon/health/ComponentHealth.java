package com.stockrecon.health;

/** One component of the health report: {@code name: UP|DOWN detail}. */
public record ComponentHealth(String name, boolean up, String detail) {

    public static final String DATABASE = "database";
    public static final String LAST_RUN = "last-run";
    public static final String INPUT = "input";
    public static final String REPORTS_DISK = "reports-disk";

    public static ComponentHealth up(String name, String detail) {
        return new ComponentHealth(name, true, detail);
    }

    public static ComponentHealth down(String name, String detail) {
        return new ComponentHealth(name, false, detail);
    }

    public String line() {
        return name + ": " + (up ? "UP" : "DOWN") + " " + detail;
    }
}
