"""Who is at the desk: sign-in, lock, switch user and the idle lock."""
