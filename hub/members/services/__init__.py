"""Where the members' rules live; views, tasks and the admin call these."""
