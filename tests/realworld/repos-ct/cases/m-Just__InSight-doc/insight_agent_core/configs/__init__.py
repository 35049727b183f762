stub: upstream file of 69 bytes
