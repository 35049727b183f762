stub: upstream file of 16495 bytes
