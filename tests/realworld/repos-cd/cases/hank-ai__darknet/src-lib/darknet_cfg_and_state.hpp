stub: upstream file of 5265 bytes
