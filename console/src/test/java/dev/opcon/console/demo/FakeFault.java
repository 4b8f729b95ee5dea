package dev.opcon.console.demo;

import java.util.ArrayList;
import java.util.List;

/** A fault that only records what was done to it; fails on demand. */
final class FakeFault extends ClusterFault {

    final List<String> calls = new ArrayList<>();
    boolean failNextInject;

    FakeFault(String name, String expectedViolation) {
        super(name, "Break " + name, expectedViolation);
    }

    @Override
    String doInject() {
        if (failNextInject) {
            failNextInject = false;
            throw new IllegalStateException("Redis said no\u001b[31m");
        }
        calls.add("inject");
        return "broke " + name();
    }

    @Override
    String doUndo() {
        calls.add("undo");
        return "fixed " + name();
    }
}
