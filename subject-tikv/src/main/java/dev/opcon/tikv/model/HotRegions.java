package dev.opcon.tikv.model;

import java.util.List;
import java.util.stream.Stream;

/** The hottest leader peers, read and write, each list sorted by byte flow, highest first. */
public record HotRegions(List<HotRegion> write, List<HotRegion> read) {

    public HotRegions {
        write = List.copyOf(write);
        read = List.copyOf(read);
    }

    public List<HotRegion> all() {
        return Stream.concat(write.stream(), read.stream()).toList();
    }
}
