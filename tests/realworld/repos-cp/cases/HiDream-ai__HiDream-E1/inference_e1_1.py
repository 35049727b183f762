stub: upstream file of 7810 bytes
