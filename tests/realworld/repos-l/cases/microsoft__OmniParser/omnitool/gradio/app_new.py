stub: upstream file of 30931 bytes
