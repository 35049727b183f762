stub: upstream file of 12554 bytes
