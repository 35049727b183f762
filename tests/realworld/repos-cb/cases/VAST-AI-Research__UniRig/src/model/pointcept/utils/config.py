stub: upstream file of 26130 bytes
