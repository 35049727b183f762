stub: upstream file of 10356 bytes
