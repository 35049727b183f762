stub: upstream file of 463 bytes
