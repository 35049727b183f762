stub: upstream file of 20179 bytes
