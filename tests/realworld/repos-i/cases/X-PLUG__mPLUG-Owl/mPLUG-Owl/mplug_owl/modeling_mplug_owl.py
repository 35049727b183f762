stub: upstream file of 74067 bytes
