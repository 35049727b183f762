stub: upstream file of 24037 bytes
