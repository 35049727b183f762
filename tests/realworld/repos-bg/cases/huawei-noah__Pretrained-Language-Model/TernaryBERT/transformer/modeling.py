stub: upstream file of 17477 bytes
