stub: upstream file of 13463 bytes
