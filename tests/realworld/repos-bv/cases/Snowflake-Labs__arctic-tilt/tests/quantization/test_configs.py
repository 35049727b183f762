stub: upstream file of 3198 bytes
