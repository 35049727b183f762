stub: upstream file of 198 bytes
