stub: upstream file of 8450 bytes
