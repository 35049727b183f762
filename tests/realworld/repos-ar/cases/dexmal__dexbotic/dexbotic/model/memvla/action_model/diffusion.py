stub: upstream file of 44265 bytes
