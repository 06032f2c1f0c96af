package quanze.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;

@CommandLine.Command(name = "check")
final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
