stub: upstream file of 6571 bytes
