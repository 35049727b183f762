stub: upstream file of 9390 bytes
