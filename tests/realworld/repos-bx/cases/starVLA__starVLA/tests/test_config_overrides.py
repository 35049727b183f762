stub: upstream file of 16499 bytes
