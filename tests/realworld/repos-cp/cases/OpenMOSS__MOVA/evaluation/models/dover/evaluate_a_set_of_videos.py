stub: upstream file of 4213 bytes
