stub: upstream file of 18152 bytes
