package vn.loa.agent;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import vn.loa.agent.protocol.WireFormat;

/**
 * One line per event on stdout, flushed at once, so a parent process (the controller's end-to-end tests) can read
 * it: {@code <time> <LEVEL> <Class> <message>[ | <exception>]}. A {@code java.util.logging.config.file} given on
 * the command line takes precedence.
 */
final class LogSetup {

    private LogSetup() {
    }

    static void install() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", AgentLogManager.class.getName());
        }
        final Logger root = Logger.getLogger("");
        for (final Handler handler : root.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
        final StreamHandler stdout = new StreamHandler(System.out, new OneLine()) {
            @Override
            public synchronized void publish(final LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        stdout.setLevel(Level.ALL);
        root.addHandler(stdout);
        root.setLevel(Level.INFO);
        if (LogManager.getLogManager() instanceof AgentLogManager manager) {
            manager.markConfigured();
        }
    }

    /** Single-line formatter; a stack trace is only printed at FINE for loggers that enable it. */
    static final class OneLine extends Formatter {

        @Override
        public String format(final LogRecord record) {
            final String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            final StringBuilder line = new StringBuilder()
                    .append(WireFormat.timestamp(OffsetDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())))
                    .append(' ').append(record.getLevel().getName())
                    .append(' ').append(logger.substring(logger.lastIndexOf('.') + 1))
                    .append(' ').append(formatMessage(record).replace('\n', ' '));
            if (record.getThrown() != null) {
                line.append(" | ").append(String.valueOf(record.getThrown()).replace('\n', ' '));
                if (Logger.getLogger(logger).isLoggable(Level.FINE)) {
                    final StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    line.append(System.lineSeparator()).append(trace);
                }
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
