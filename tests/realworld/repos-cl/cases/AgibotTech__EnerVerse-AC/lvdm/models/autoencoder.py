stub: upstream file of 8481 bytes
