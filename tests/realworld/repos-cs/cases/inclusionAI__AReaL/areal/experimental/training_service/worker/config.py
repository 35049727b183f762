stub: upstream file of 265 bytes
