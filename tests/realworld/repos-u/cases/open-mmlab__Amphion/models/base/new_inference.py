stub: upstream file of 9122 bytes
