stub: upstream file of 6812 bytes
