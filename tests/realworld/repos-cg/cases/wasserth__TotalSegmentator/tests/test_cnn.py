stub: upstream file of 3925 bytes
