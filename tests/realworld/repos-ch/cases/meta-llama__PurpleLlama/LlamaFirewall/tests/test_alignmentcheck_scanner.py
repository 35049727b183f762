stub: upstream file of 6244 bytes
