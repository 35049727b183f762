stub: upstream file of 22061 bytes
