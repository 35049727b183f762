stub: upstream file of 12361 bytes
