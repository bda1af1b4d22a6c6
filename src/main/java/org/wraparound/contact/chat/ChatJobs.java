package org.wraparound.contact.chat;

import java.time.Duration;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every minute, on one node (Quartz's clustered job store), chats nobody has written in for
 * {@code wraparound.contact.chat-quiet-end} are ended, so that a visitor who closed the page leaves no chat waiting in
 * the staff's queue for ever.
 */
@Configuration(proxyBeanMethods = false)
class ChatJobs {

	@Bean
	JobDetail chatQuietJob() {
		return JobBuilder.newJob(EndQuietChats.class).withIdentity("quiet-chats", "contact").storeDurably()
			.withDescription("Ends chats nobody has written in for a long while").build();
	}

	@Bean
	Trigger chatQuietTrigger(JobDetail chatQuietJob) {
		return TriggerBuilder.newTrigger().forJob(chatQuietJob).withIdentity("quiet-chats", "contact")
			.withSchedule(CronScheduleBuilder.cronSchedule("30 * * * * ?").withMisfireHandlingInstructionDoNothing())
			.build();
	}

	@DisallowConcurrentExecution
	static class EndQuietChats implements Job {

		private final LiveChat chat;
		private final Duration quiet;

		EndQuietChats(LiveChat chat, @Value("${wraparound.contact.chat-quiet-end:60m}") Duration quiet) {
			this.chat = chat;
			this.quiet = quiet;
		}

		@Override
		public void execute(JobExecutionContext context) {
			chat.endQuiet(quiet);
		}
	}
}
