stub: upstream file of 35438 bytes
