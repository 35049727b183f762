stub: upstream file of 6332 bytes
