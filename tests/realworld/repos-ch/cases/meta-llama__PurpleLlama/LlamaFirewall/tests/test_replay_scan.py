stub: upstream file of 7552 bytes
