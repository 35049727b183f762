stub: upstream file of 69970 bytes
