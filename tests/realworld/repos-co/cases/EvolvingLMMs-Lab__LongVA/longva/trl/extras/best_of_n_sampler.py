stub: upstream file of 5130 bytes
