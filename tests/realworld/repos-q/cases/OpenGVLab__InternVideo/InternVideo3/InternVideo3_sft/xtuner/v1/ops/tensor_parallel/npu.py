stub: upstream file of 13152 bytes
