stub: upstream file of 29271 bytes
