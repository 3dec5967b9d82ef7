//! Output macros shared by the examples: they shadow std's `print!` and `println!` so that
//! a closed pipe (`| head`) ends the output quietly instead of panicking.

#[allow(unused_macros)] // not every example prints without a newline
macro_rules! print {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

macro_rules! println {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}
