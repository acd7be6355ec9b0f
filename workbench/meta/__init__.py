"""meta stage."""
