stub: upstream file of 23286 bytes
