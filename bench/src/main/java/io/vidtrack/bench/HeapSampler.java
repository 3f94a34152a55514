package io.vidtrack.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak live heap: the largest heap in use right after a collection. Raw "used" peaks only show where the
 * collector chose to run; the post-collection figure is what grows if a job holds on to every video.
 */
final class HeapSampler implements AutoCloseable {

	private final AtomicLong peakAfterGc = new AtomicLong();

	private final NotificationListener listener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
			long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
				.mapToLong(MemoryUsage::getUsed)
				.sum();
			this.peakAfterGc.accumulateAndGet(used, Math::max);
		}
	};

	HeapSampler() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).addNotificationListener(this.listener, null, null);
		}
	}

	/** Forces a collection so that the figure includes the live set at the end of the run. */
	long peakLiveMegabytes() {
		System.gc();
		return this.peakAfterGc.get() / (1024 * 1024);
	}

	/** What the run still holds once it is over: the heap after a full collection. */
	long retainedMegabytes() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	void reset() {
		System.gc();
		this.peakAfterGc.set(0);
	}

	@Override
	public void close() throws Exception {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) gc).removeNotificationListener(this.listener);
		}
	}

}
