stub: upstream file of 22195 bytes
