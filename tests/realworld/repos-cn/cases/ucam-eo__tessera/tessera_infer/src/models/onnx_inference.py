stub: upstream file of 8903 bytes
