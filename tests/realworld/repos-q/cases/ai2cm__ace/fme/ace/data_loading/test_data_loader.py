stub: upstream file of 51984 bytes
