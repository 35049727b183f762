stub: upstream file of 15178 bytes
