stub: upstream file of 259911 bytes
