stub: upstream file of 100211 bytes
