stub: upstream file of 11032 bytes
