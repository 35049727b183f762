stub: upstream file of 9136 bytes
