stub: upstream file of 11375 bytes
