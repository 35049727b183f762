stub: upstream file of 18499 bytes
