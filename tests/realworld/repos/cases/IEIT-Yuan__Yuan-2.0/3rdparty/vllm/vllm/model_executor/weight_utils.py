stub: upstream file of 10499 bytes
