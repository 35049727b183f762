stub: upstream file of 8595 bytes
