package org.wraparound.stories;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.platform.ConditionalOnDemoData;
import org.wraparound.platform.Language;

/**
 * One example story, written by us and marked as such, published and featured, with a picture drawn at startup (a
 * street of houses under a morning sun). Loading again adds nothing. Runs after the demo community exists.
 */
@Component
@ConditionalOnDemoData
@Order(80)
class DemoStories implements ApplicationRunner {

	static final String TITLE = "Example story: the soup rota on Birch Hill";
	static final String AUTHOR = "champion@wraparound.example";
	static final String COMMUNITY = "maple-grove-compassionate-community";
	static final String BODY = """
			This is an example story, written by the Wraparound team to show what a published story looks like. \
			The people in it are made up.

			When Anne came home from hospital, her husband Ray was tired and worried about meals. A neighbour put \
			a note in three mailboxes on Birch Hill. By the weekend, six households had signed up to bring soup on \
			Tuesdays and Fridays.

			“It was never about the soup,” Ray said. “It was the knock on the door, and someone asking how we \
			were really doing.”

			The rota ran for four months. When Anne died in the spring, the same neighbours kept coming by, now \
			for Ray. Two of them have since trained as volunteers with the Maple Grove Compassionate Community.""";

	private final StoryManagement stories;
	private final AccountManagement accounts;
	private final CommunityManagement communities;
	private final Clock clock;

	DemoStories(StoryManagement stories, AccountManagement accounts, CommunityManagement communities, Clock clock) {
		this.stories = stories;
		this.accounts = accounts;
		this.communities = communities;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (stories.exists(TITLE)) {
			return;
		}
		var author = accounts.findByEmail(AUTHOR);
		var community = communities.findBySlug(COMMUNITY);
		if (author.isEmpty() || community.isEmpty()) {
			return;
		}
		var photo = Photos.prepare(png(drawing()));
		var id = stories.submit(new SubmitStory(author.get().id(), community.get().id(), TITLE, BODY, Language.EN,
				Theme.NEIGHBOURS, Optional.of(photo),
				"A drawing of a row of small houses under a yellow morning sun, one door open",
				List.of(new Consent(author.get().displayName(), ConsentWay.SELF,
						LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)))));
		stories.approve(id);
		stories.feature(id);
	}

	/** A street of houses under a morning sun, drawn so that the demo needs no photo of anyone. */
	static BufferedImage drawing() {
		var image = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setPaint(new GradientPaint(0, 0, new Color(0xFDE7C8), 0, 500, new Color(0xCFE8F3)));
			g.fillRect(0, 0, 1200, 675);
			g.setColor(new Color(0xF6B93B));
			g.fillOval(880, 70, 160, 160);
			g.setColor(new Color(0x8DBF8B));
			g.fillRect(0, 520, 1200, 155);
			Color[] walls = { new Color(0xE77F67), new Color(0xF8EFBA), new Color(0x778BEB), new Color(0xF3A683) };
			for (int i = 0; i < 4; i++) {
				int x = 90 + i * 270;
				g.setColor(walls[i]);
				g.fillRect(x, 330, 200, 190);
				g.setColor(new Color(0x574B90));
				g.fillPolygon(new int[] { x - 20, x + 100, x + 220 }, new int[] { 335, 230, 335 }, 3);
				g.setColor(new Color(0x3D3D3D));
				g.fillRect(x + 80, 420, 45, 100);
				g.setColor(Color.WHITE);
				g.fillRect(x + 20, 360, 45, 40);
				g.fillRect(x + 135, 360, 45, 40);
			}
			g.setColor(new Color(0xFFF5D6));
			g.fillRect(90 + 270 + 80, 420, 45, 100);
			g.setStroke(new BasicStroke(6));
			g.setColor(new Color(0x6D4C41));
			g.drawLine(0, 600, 1200, 600);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private static byte[] png(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
