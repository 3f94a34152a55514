package io.vidtrack.api.video;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.vidtrack.api.video.internal.Counts;
import io.vidtrack.api.video.internal.DailyMetric;
import io.vidtrack.api.video.internal.DatedCounts;
import io.vidtrack.api.web.DateRange;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * A video's stats history: its snapshots as stored, or a derived metric per day. Days are the org's, so a range's
 * bounds are the start of its first day and the start of the day after its last, in the org's time zone.
 */
@Component
class VideoHistory {

	private static final String COLUMNS = "select captured_at, views, likes, comments, shares, saves"
			+ " from stats_snapshots where video_id = ?";

	private static final String ALL = COLUMNS + " order by captured_at";

	private static final String BETWEEN = COLUMNS + " and captured_at >= ? and captured_at < ? order by captured_at";

	private static final String LAST_BEFORE = COLUMNS + " and captured_at < ? order by captured_at desc limit 1";

	private final JdbcOperations jdbc;

	VideoHistory(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** Every snapshot, or those captured on the range's days when one is given. */
	StatsHistory snapshots(long videoId, @Nullable DateRange range, ZoneId zone) {
		List<SnapshotView> snapshots = (range == null) ? this.jdbc.query(ALL, (row, n) -> view(row), videoId)
				: this.jdbc.query(BETWEEN, (row, n) -> view(row), videoId, start(range.from(), zone),
						start(range.to().plusDays(1), zone));
		return new StatsHistory(videoId, snapshots);
	}

	MetricSeries series(long videoId, DailyMetric metric, DateRange range, ZoneId zone) {
		Timestamp from = start(range.from(), zone);
		List<Counts> before = this.jdbc.query(LAST_BEFORE, (row, n) -> counts(row), videoId, from);
		List<DatedCounts> inRange = this.jdbc.query(BETWEEN, (row, n) -> new DatedCounts(
				row.getTimestamp("captured_at").toInstant().atZone(zone).toLocalDate(), counts(row)), videoId, from,
				start(range.to().plusDays(1), zone));
		List<LocalDate> days = range.days();
		List<@Nullable Double> values = metric.series(days, before.isEmpty() ? null : before.getFirst(), inRange);
		List<MetricSeries.Point> points = new ArrayList<>(days.size());
		for (int i = 0; i < days.size(); i++) {
			points.add(new MetricSeries.Point(days.get(i), values.get(i)));
		}
		return new MetricSeries(videoId, metric.key(), range.from(), range.to(), points);
	}

	private static Timestamp start(LocalDate day, ZoneId zone) {
		return Timestamp.from(day.atStartOfDay(zone).toInstant());
	}

	private static SnapshotView view(ResultSet row) throws SQLException {
		Instant capturedAt = row.getTimestamp("captured_at").toInstant();
		return new SnapshotView(capturedAt, row.getObject("views", Long.class), row.getLong("likes"),
				row.getLong("comments"), row.getLong("shares"), row.getLong("saves"));
	}

	private static Counts counts(ResultSet row) throws SQLException {
		return new Counts(row.getLong("views"), row.getLong("likes"), row.getLong("comments"), row.getLong("shares"),
				row.getLong("saves"));
	}

}
