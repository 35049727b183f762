stub: upstream file of 5550 bytes
