stub: upstream file of 11562 bytes
