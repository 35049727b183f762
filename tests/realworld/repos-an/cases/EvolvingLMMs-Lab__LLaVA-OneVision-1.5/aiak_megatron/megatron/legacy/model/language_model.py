stub: upstream file of 25463 bytes
