stub: upstream file of 89476 bytes
