"""Where the messaging rules live; views and tasks call these."""
