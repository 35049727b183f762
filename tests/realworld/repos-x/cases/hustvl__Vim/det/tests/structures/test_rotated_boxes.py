stub: upstream file of 18662 bytes
