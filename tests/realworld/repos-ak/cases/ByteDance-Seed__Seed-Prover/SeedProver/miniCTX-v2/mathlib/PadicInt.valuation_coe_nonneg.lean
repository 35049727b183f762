stub: upstream file of 10595 bytes
