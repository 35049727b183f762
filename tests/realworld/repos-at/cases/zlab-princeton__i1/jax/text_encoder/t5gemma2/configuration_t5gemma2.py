stub: upstream file of 15205 bytes
