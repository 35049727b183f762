stub: upstream file of 41356 bytes
