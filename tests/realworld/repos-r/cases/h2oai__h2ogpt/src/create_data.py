stub: upstream file of 80120 bytes
