stub: upstream file of 11990 bytes
