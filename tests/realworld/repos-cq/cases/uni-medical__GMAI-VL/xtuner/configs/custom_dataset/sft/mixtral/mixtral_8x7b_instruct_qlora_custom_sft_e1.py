stub: upstream file of 7564 bytes
