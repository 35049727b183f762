stub: upstream file of 15800 bytes
