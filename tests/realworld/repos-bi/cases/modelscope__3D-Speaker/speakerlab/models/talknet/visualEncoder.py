stub: upstream file of 6130 bytes
