stub: upstream file of 7174 bytes
