stub: upstream file of 4481 bytes
