stub: upstream file of 42595 bytes
