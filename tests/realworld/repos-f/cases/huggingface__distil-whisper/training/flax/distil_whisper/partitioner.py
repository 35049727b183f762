stub: upstream file of 40499 bytes
