stub: upstream file of 30410 bytes
