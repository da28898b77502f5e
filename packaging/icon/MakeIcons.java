import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the app icon (three rising steps and an arrow on a blue tile) and writes it in the forms
 * jpackage wants: PNG for Linux, ICO for Windows, ICNS for macOS. Run from the project folder:
 * {@code java packaging/icon/MakeIcons.java}. Pure Java 17, so no image tool has to be installed.
 */
public final class MakeIcons {

    public static void main(String[] args) throws IOException {
        Path packaging = Path.of(args.length > 0 ? args[0] : "packaging");
        Files.createDirectories(packaging.resolve("linux"));
        Files.createDirectories(packaging.resolve("windows"));
        Files.createDirectories(packaging.resolve("macos"));
        Files.write(packaging.resolve("linux/upskill-planner.png"), png(draw(256)));
        Files.write(packaging.resolve("linux/upskill-planner-512.png"), png(draw(512)));
        Files.write(packaging.resolve("windows/upskill-planner.ico"), ico(16, 24, 32, 48, 64, 128, 256));
        Files.write(packaging.resolve("macos/upskill-planner.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 0, new Color(0x2F, 0x80, 0xED), 256, 256, new Color(0x0B, 0x3D, 0x91)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        g.setColor(new Color(255, 255, 255, 235));
        int[] heights = {52, 92, 132};
        for (int i = 0; i < heights.length; i++) {
            g.fill(new RoundRectangle2D.Double(48 + i * 58, 200 - heights[i], 42, heights[i], 10, 10));
        }

        g.setColor(new Color(0xFF, 0xC8, 0x3D));
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(52, 122);
        arrow.lineTo(112, 82);
        arrow.lineTo(148, 98);
        arrow.lineTo(204, 46);
        g.draw(arrow);
        Path2D head = new Path2D.Double();
        head.moveTo(210, 40);
        head.lineTo(212, 80);
        head.lineTo(172, 44);
        head.closePath();
        g.fill(head);
        g.draw(head);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO file with a PNG image per size (read by Windows Vista and later). */
    static byte[] ico(int... sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(draw(size)));
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size))
                    .put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32)
                    .putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An ICNS file with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x). */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(entries);
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(draw(sizes[i]));
            data.writeBytes(types[i]);
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + entries.size());
        file.write(entries.toByteArray());
        return out.toByteArray();
    }
}
