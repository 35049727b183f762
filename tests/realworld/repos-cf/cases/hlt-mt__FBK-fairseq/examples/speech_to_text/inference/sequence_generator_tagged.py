stub: upstream file of 29499 bytes
