stub: upstream file of 13200 bytes
