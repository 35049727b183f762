stub: upstream file of 48380 bytes
