stub: upstream file of 176 bytes
