stub: upstream file of 20755 bytes
