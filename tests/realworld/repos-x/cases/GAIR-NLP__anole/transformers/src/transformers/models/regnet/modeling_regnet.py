stub: upstream file of 17224 bytes
