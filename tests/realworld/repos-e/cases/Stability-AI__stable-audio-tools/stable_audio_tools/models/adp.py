stub: upstream file of 54499 bytes
