stub: upstream file of 8920 bytes
