stub: upstream file of 820 bytes
