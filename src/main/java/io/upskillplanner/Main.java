package io.upskillplanner;

public final class Main {
    public static void main(String[] args) {
    }
}
