stub: upstream file of 14411 bytes
