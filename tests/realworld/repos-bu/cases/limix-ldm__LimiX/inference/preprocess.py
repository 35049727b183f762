stub: upstream file of 26371 bytes
