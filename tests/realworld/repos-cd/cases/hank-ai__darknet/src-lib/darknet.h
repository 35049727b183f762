stub: upstream file of 12595 bytes
