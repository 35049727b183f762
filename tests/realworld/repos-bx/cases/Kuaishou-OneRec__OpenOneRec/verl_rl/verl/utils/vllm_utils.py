stub: upstream file of 8695 bytes
