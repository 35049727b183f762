stub: upstream file of 16878 bytes
