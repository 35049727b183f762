stub: upstream file of 18304 bytes
