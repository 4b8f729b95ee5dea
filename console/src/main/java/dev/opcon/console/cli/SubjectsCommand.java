package dev.opcon.console.cli;

import dev.opcon.core.registry.SubjectDescriptor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code opcon subjects}: the registered subjects, one line each. */
@Command(name = "subjects", mixinStandardHelpOptions = true, description = "List the subjects opcon can watch.")
public final class SubjectsCommand implements Callable<Integer> {

    private final Environment environment;

    @Spec
    CommandSpec spec;

    public SubjectsCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var subjects = environment.registry().available();
        int width = subjects.stream().mapToInt(subject -> subject.name().length()).max().orElse(0);
        for (SubjectDescriptor subject : subjects) {
            out.printf("%-" + width + "s  %s%n", subject.name(), subject.description());
        }
        out.flush();
        return 0;
    }
}
