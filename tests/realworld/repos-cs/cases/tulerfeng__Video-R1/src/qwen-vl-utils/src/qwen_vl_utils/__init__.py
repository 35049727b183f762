stub: upstream file of 134 bytes
