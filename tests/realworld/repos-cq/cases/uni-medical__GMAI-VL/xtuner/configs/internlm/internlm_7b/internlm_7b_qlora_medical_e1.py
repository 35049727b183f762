stub: upstream file of 7302 bytes
