stub: upstream file of 36509 bytes
