stub: upstream file of 46835 bytes
