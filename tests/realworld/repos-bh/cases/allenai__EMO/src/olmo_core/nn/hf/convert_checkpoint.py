stub: upstream file of 24140 bytes
