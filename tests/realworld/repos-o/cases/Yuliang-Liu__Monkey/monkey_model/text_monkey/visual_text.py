stub: upstream file of 23488 bytes
