stub: upstream file of 152 bytes
