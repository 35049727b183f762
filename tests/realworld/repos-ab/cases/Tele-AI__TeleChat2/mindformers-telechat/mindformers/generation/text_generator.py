stub: upstream file of 89212 bytes
