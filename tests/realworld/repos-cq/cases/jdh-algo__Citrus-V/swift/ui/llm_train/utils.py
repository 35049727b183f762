stub: upstream file of 1037 bytes
