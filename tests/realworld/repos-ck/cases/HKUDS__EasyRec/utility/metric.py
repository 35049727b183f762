stub: upstream file of 5470 bytes
