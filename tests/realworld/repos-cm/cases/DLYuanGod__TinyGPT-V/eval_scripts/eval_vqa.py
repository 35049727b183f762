stub: upstream file of 12244 bytes
