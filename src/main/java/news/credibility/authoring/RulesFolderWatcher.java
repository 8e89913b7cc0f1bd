package news.credibility.authoring;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a rules folder (and its subfolders: lexicons, tests) and calls back once the files have
 * been quiet for the debounce time: an editor saving several files, or one file in several
 * writes, causes one reload, not many.
 */
public final class RulesFolderWatcher implements AutoCloseable {

    private final WatchService watch;
    private final ScheduledExecutorService timer;
    private final Thread listener;
    private final Duration debounce;
    private final Runnable onChange;
    private ScheduledFuture<?> pending;

    private RulesFolderWatcher(Path folder, Duration debounce, Runnable onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        this.debounce = debounce;
        this.onChange = onChange;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rules-reload"));
        register(folder);
        this.listener = daemon(this::listen, "rules-watch");
    }

    /** Starts watching {@code folder}; {@code onChange} runs on a thread of its own, never twice at once. */
    public static RulesFolderWatcher start(Path folder, Duration debounce, Runnable onChange) throws IOException {
        RulesFolderWatcher watcher = new RulesFolderWatcher(folder, debounce, onChange);
        watcher.listener.start();
        return watcher;
    }

    private void register(Path folder) throws IOException {
        try (Stream<Path> dirs = Files.walk(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void listen() {
        try {
            while (true) {
                WatchKey key = watch.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && key.watchable() instanceof Path dir && Files.isDirectory(dir.resolve(name))) {
                        register(dir.resolve(name)); // a new subfolder is watched too
                    }
                }
                key.reset();
                schedule();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop listening
        } catch (IOException e) {
            // a folder that vanished while being registered: its parent's events still arrive
        }
    }

    /** Every change pushes the callback back by the debounce time. */
    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(onChange, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() throws IOException {
        listener.interrupt();
        timer.shutdownNow();
        watch.close();
    }
}
