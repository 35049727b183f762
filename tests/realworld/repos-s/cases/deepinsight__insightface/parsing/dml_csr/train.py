stub: upstream file of 19356 bytes
