stub: upstream file of 7985 bytes
