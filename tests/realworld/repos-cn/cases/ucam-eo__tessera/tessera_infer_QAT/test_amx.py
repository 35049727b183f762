stub: upstream file of 7217 bytes
