package io.vidtrack.stream.rebuild;

import java.io.PrintStream;

import io.vidtrack.stream.verify.VerifyCommand;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code replay}: appends the whole history to the outbox ({@link HistoryReplay}), for a rebuild; prints
 * {@code replayed_events=<n>}. Connects like {@link VerifyCommand}.
 */
public final class ReplayCommand {

	private ReplayCommand() {
	}

	public static int run(PrintStream out) {
		var dataSource = VerifyCommand.dataSource();
		var replay = new HistoryReplay(new JdbcTemplate(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
		out.println("replayed_events=" + replay.replay(1000));
		return 0;
	}

}
