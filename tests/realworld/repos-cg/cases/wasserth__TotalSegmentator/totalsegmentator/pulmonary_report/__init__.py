stub: upstream file of 136 bytes
