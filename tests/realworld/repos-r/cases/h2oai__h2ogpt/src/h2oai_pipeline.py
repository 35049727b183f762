stub: upstream file of 20254 bytes
