stub: upstream file of 3350 bytes
