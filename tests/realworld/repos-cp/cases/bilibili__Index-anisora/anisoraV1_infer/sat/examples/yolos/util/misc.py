stub: upstream file of 15304 bytes
