stub: upstream file of 179 bytes
