stub: upstream file of 13300 bytes
