stub: upstream file of 24470 bytes
