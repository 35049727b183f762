stub: upstream file of 20198 bytes
