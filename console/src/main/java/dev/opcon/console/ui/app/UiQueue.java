package dev.opcon.console.ui.app;

import dev.opcon.console.session.Session;
import dev.opcon.core.model.Frame;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;

/**
 * How other threads reach the UI thread: tasks to run there ({@link #invokeLater}) and frames. Of
 * the frames only the newest of each session is kept, so a UI that falls behind skips frames
 * instead of queueing them. Posting never blocks and wakes the UI thread at once.
 */
public final class UiQueue {

    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Map<Session, Frame> newestFrames = new ConcurrentHashMap<>();
    private volatile Thread uiThread;

    /** Called by the UI thread before it starts waiting on this queue. */
    public void bindToCurrentThread() {
        uiThread = Thread.currentThread();
    }

    public void invokeLater(Runnable task) {
        tasks.add(task);
        wake();
    }

    /** Called on the refresh thread: hands the frame over and returns at once. */
    public void postFrame(Session session, Frame frame) {
        newestFrames.put(session, frame);
        wake();
    }

    /** Runs the waiting tasks and hands each session's newest frame to {@code frames}; true if there was any. */
    public boolean drain(BiConsumer<Session, Frame> frames) {
        boolean any = false;
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
            any = true;
        }
        Iterator<Map.Entry<Session, Frame>> entries = newestFrames.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Session, Frame> entry = entries.next();
            entries.remove();
            frames.accept(entry.getKey(), entry.getValue());
            any = true;
        }
        return any;
    }

    /** Parks the UI thread until something is posted or the time is up. */
    public void await(long timeout, TimeUnit unit) {
        if (tasks.isEmpty() && newestFrames.isEmpty()) {
            LockSupport.parkNanos(this, unit.toNanos(timeout));
        }
    }

    private void wake() {
        Thread thread = uiThread;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }
}
