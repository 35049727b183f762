stub: upstream file of 32463 bytes
