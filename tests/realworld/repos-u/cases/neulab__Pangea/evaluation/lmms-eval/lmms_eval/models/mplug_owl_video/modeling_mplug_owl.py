stub: upstream file of 81421 bytes
