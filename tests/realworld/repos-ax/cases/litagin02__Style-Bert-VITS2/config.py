stub: upstream file of 10224 bytes
