stub: upstream file of 4438 bytes
