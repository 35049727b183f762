stub: upstream file of 6265 bytes
