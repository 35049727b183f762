stub: upstream file of 24463 bytes
