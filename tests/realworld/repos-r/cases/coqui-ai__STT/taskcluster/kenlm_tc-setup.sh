stub: upstream file of 6187 bytes
