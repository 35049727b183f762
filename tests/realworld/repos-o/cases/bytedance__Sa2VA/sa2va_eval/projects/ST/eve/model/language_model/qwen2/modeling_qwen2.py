stub: upstream file of 70499 bytes
