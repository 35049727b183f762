stub: upstream file of 74090 bytes
