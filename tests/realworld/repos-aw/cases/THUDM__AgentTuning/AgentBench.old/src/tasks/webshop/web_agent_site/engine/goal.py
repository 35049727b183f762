stub: upstream file of 9925 bytes
