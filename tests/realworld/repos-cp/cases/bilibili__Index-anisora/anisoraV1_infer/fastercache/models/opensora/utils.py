stub: upstream file of 8304 bytes
