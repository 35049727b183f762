stub: upstream file of 16525 bytes
