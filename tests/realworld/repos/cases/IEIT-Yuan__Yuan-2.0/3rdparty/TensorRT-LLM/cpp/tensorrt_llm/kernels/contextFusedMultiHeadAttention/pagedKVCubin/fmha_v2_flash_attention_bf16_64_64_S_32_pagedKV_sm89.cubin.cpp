stub: upstream file of 376552 bytes
