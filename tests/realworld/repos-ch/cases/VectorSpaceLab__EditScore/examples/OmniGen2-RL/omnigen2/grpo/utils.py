stub: upstream file of 8331 bytes
