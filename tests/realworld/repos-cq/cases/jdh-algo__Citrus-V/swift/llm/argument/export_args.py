stub: upstream file of 4261 bytes
