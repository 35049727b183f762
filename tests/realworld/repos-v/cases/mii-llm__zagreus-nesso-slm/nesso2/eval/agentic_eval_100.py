stub: upstream file of 21990 bytes
