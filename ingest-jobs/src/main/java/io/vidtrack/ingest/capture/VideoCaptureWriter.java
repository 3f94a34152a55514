package io.vidtrack.ingest.capture;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes the page step's captures; see {@link CaptureStore}. */
class VideoCaptureWriter implements ItemWriter<VideoCapture> {

	private final CaptureStore store;

	VideoCaptureWriter(CaptureStore store) {
		this.store = store;
	}

	@Override
	public void write(Chunk<? extends VideoCapture> chunk) {
		this.store.write(chunk.getItems());
	}

}
