stub: upstream file of 195 bytes
