stub: upstream file of 1556 bytes
